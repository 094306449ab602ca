import type { Scene, SoundHotspot, Story } from '@story-schema'
import { localize } from '@story-schema'
import { createStore } from 'zustand/vanilla'
import type { CaptionSize } from '../captions/caption-settings'
import type { ShownCaption } from '../captions/captions-now'
import { captionsNow, captionsSignature } from '../captions/captions-now'
import { createSoundCaptionMemory } from '../captions/sound-caption-memory'
import type { SoundCaption } from '../captions/sound-captions'
import { activeSoundCaptions } from '../captions/sound-captions'
import type { PlayerAudio } from './player-audio'

/**
 * The captions showing now, for the DOM caption region and the headset plate alike: a vanilla store
 * refreshed about ten times a second from the mixer (narration position, sounds playing) that changes
 * only when the words on screen change, so React re-renders per caption, never per frame.
 */
export type CaptionFeedState = { items: readonly ShownCaption[] }

export type CaptionFeedSource = {
  story: Story
  audio: PlayerAudio
  scene: () => Scene | undefined
  view: () => { language: string; size: CaptionSize }
}

/** How long a sound's caption shows (from when it starts), in ms. */
export const soundCaptionMs = 4000

export const createCaptionFeed = ({ story, audio, scene, view }: CaptionFeedSource) => {
  const store = createStore<CaptionFeedState>(() => ({ items: [] }))
  const memory = createSoundCaptionMemory(soundCaptionMs)
  let signature = ''

  /** The caption of a sound hotspot chosen while no sound could play (it still shows, C-10). */
  const silentCaption = (shown: Scene, language: string): SoundCaption[] => {
    const silent = audio.silentHotspot()
    const hotspot = silent && shown.hotspots.find((h): h is SoundHotspot => h.id === silent.hotspotId && h.kind === 'sound')
    const text = hotspot ? localize(hotspot.caption, language, story.language) : ''
    if (!silent || !hotspot || !text) return []
    return [{ kind: 'hotspot', sourceId: hotspot.id, text, startedAtMs: silent.atMs, placement: { yawDeg: hotspot.yawDeg, pitchDeg: hotspot.pitchDeg, distanceM: 1 } }]
  }

  const tick = (): void => {
    const shown = scene()
    const mixer = audio.mixer()
    const { language, size } = view()
    let items: ShownCaption[] = []
    if (shown) {
      const state = mixer?.getState()
      const nowMs = audio.nowMs()
      const playing = state ? activeSoundCaptions(state.voices, shown, { language, storyLanguage: story.language, nowMs, holdMs: soundCaptionMs }) : []
      const sounds = memory.update([...playing, ...silentCaption(shown, language)], nowMs, shown.id)
      items = captionsNow({ scene: shown, size, narration: state?.narration ?? null, narrationPositionMs: mixer?.narrationPositionMs() ?? 0, sounds })
    }
    const next = captionsSignature(items)
    if (next === signature) return
    signature = next
    store.setState({ items })
  }

  return {
    store,
    tick,
    /** Starts refreshing every `intervalMs`; returns the function that stops it. */
    start(intervalMs = 100): () => void {
      tick()
      const timer = setInterval(tick, intervalMs)
      return () => clearInterval(timer)
    },
  }
}

export type CaptionFeed = ReturnType<typeof createCaptionFeed>
