import type { SceneId, Story } from '@story-schema'
import { localize } from '@story-schema'
import { languagesStrings as t } from './strings'

/** One caption of a source-language narration and its translation (the cue starting at the same time). */
export type CaptionText = {
  key: string
  place: string
  sceneId: SceneId
  startMs: number
  endMs: number
  speaker?: string
  source: string
  target: string | undefined
}

const clock = (timeMs: number) => {
  const seconds = Math.floor(timeMs / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}.${String(Math.floor((timeMs % 1000) / 100))}`
}

/** Every caption of every scene narrated in `source`, with the `target` narration's cue at the same start. */
export const captionTexts = (story: Story, source: string, target: string): CaptionText[] =>
  story.scenes.flatMap((scene, s) => {
    const from = scene.narrations.find((narration) => narration.language === source)
    if (!from) return []
    const into = scene.narrations.find((narration) => narration.language === target)
    const sceneWords = t.places.scene(s + 1, localize(scene.title, story.language, story.language))
    return from.cues.map((cue, c) => ({
      key: `${scene.id}/${cue.startMs}`,
      place: `${sceneWords} › ${t.places.cue(c + 1, clock(cue.startMs))}`,
      sceneId: scene.id,
      startMs: cue.startMs,
      endMs: cue.endMs,
      ...(cue.speaker ? { speaker: cue.speaker } : {}),
      source: cue.text,
      target: into?.cues.find((other) => other.startMs === cue.startMs)?.text,
    }))
  })
