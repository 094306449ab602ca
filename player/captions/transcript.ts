import { localize, type Scene } from '@story-schema'
import { pickNarration } from '../audio/scene-plan'

/**
 * A scene's transcript (C-13, WCAG 1.2.1): every narration cue in the chosen language and the captions
 * of its positional sounds and sound hotspots, in time order. Soundscape sounds start with the scene
 * (time 0); sound hotspots play when chosen, so they come last with no time.
 */
export type TranscriptEntry = {
  kind: 'description' | 'speech' | 'sound' | 'hotspot-sound'
  /** When it starts in the scene, in ms; null for sounds the viewer starts (hotspots) and the description. */
  startMs: number | null
  endMs: number | null
  speaker: string | null
  text: string
  /** The narration language, sound id or hotspot id it comes from; the scene id for the description. */
  sourceId: string
}

/** Options for `sceneTranscript`. */
export type TranscriptOptions = {
  language: string
  storyLanguage: string
  /** Start with the scene's description (C-13 asks for narration and description); default false. */
  includeDescription?: boolean
}

/** The transcript of a scene. */
export const sceneTranscript = (scene: Scene, options: TranscriptOptions): TranscriptEntry[] => {
  const text = (value: Record<string, string> | undefined) => localize(value, options.language, options.storyLanguage)
  const narration = pickNarration(scene, options.language, options.storyLanguage)
  const timed: TranscriptEntry[] = [
    ...scene.soundscape.sounds.flatMap((sound): TranscriptEntry[] =>
      sound.caption
        ? [{ kind: 'sound', startMs: 0, endMs: null, speaker: null, text: text(sound.caption), sourceId: sound.id }]
        : [],
    ),
    ...(narration?.cues ?? []).map(
      (cue): TranscriptEntry => ({
        kind: 'speech',
        startMs: cue.startMs,
        endMs: cue.endMs,
        speaker: cue.speaker ?? null,
        text: cue.text,
        sourceId: narration!.language,
      }),
    ),
  ].sort((a, b) => a.startMs! - b.startMs!)
  const onDemand = scene.hotspots.flatMap((hotspot): TranscriptEntry[] =>
    hotspot.kind === 'sound' && hotspot.caption
      ? [{ kind: 'hotspot-sound', startMs: null, endMs: null, speaker: null, text: text(hotspot.caption), sourceId: hotspot.id }]
      : [],
  )
  const description: TranscriptEntry[] = options.includeDescription
    ? [{ kind: 'description', startMs: null, endMs: null, speaker: null, text: text(scene.description), sourceId: scene.id }]
    : []
  return [...description, ...timed, ...onDemand]
}
