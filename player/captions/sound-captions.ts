import { localize, type Scene, type SoundHotspot } from '@story-schema'
import type { Placement, VoiceState } from '../audio/voice'

/**
 * Captions of the sounds playing now (C-10, C-16): a positional sound or a sound hotspot with a
 * caption shows it from when it starts for `holdMs` (a looping sound would otherwise caption forever),
 * and a one-shot stops showing when it ends. Silent voices (audio unavailable) count: their captions
 * are how the viewer still gets the sound. Placement comes along for near-speaker captions.
 */
export type SoundCaption = {
  kind: 'sound' | 'hotspot'
  /** The sound id or hotspot id. */
  sourceId: string
  text: string
  placement: Placement | null
  startedAtMs: number
}

/** Options for `activeSoundCaptions`. */
export type SoundCaptionOptions = {
  language: string
  storyLanguage: string
  /** Now, on the mixer's clock (`StoryMixer.nowMs()`), in ms. */
  nowMs: number
  /** How long a caption shows after its sound starts, in ms (default 4000). */
  holdMs?: number
}

/** The sound captions to show now, oldest first. */
export const activeSoundCaptions = (
  voices: readonly VoiceState[],
  scene: Scene | undefined,
  options: SoundCaptionOptions,
): SoundCaption[] => {
  if (!scene) return []
  const holdMs = options.holdMs ?? 4000
  const captions: SoundCaption[] = []
  for (const voice of voices) {
    if ((voice.kind !== 'sound' && voice.kind !== 'hotspot') || voice.startedAtMs === null || !voice.sourceId) continue
    if (voice.status === 'fading-out' || voice.status === 'loading') continue
    if (options.nowMs - voice.startedAtMs >= holdMs || options.nowMs < voice.startedAtMs) continue
    const caption =
      voice.kind === 'sound'
        ? scene.soundscape.sounds.find((sound) => sound.id === voice.sourceId)?.caption
        : scene.hotspots.find((h): h is SoundHotspot => h.id === voice.sourceId && h.kind === 'sound')?.caption
    const text = caption ? localize(caption, options.language, options.storyLanguage) : ''
    if (!text) continue
    captions.push({ kind: voice.kind, sourceId: voice.sourceId, text, placement: voice.placement, startedAtMs: voice.startedAtMs })
  }
  return captions.sort((a, b) => a.startedAtMs - b.startedAtMs)
}
