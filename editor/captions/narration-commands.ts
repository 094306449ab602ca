import type { CaptionCue, Narration, Scene, SceneId } from '@story-schema'
import { narrationSchema } from '@story-schema'
import type { Command } from '../state'
import { checkedRecord } from '../state/support/checked-record'
import { mapScene } from '../state/support/story-edits'

/** The scene's narration in `language`, if it has one. */
export const narrationIn = (scene: Scene, language: string): Narration | undefined =>
  scene.narrations.find((narration) => narration.language === language)

/**
 * The scene with its narration in `language` replaced by `update(old)` (a captions-only narration is
 * made when there is none). A narration left with no sound, no cues and no "no words" mark is removed.
 */
const withNarration = (scene: Scene, language: string, update: (old: Narration) => Narration): Scene => {
  const old = narrationIn(scene, language)
  const next = checkedRecord(narrationSchema, update(old ?? { language, cues: [] }), 'cues')
  const empty = next.assetId === undefined && next.cues.length === 0 && !next.noWords
  const others = scene.narrations.filter((narration) => narration !== old)
  if (empty) return old ? { ...scene, narrations: others } : scene
  if (!old) return { ...scene, narrations: [...scene.narrations, next] }
  return { ...scene, narrations: scene.narrations.map((narration) => (narration === old ? next : narration)) }
}

/** Cues in time order (a stable sort, so equal starts keep their order). */
export const sortCues = (cues: readonly CaptionCue[]): CaptionCue[] =>
  cues.map((cue, index) => ({ cue, index })).sort((a, b) => a.cue.startMs - b.cue.startMs || a.index - b.index).map(({ cue }) => cue)

export type SetCuesArgs = { sceneId: SceneId; language: string; cues: readonly CaptionCue[] }

/**
 * Replaces the captions of the scene's narration in `language` (kept in time order). Each cue is
 * checked (ends after it starts, words, lengths); refusals name the field in words.
 */
export const setNarrationCues: Command<SetCuesArgs> = (story, { sceneId, language, cues }) =>
  mapScene(story, sceneId, (scene) => withNarration(scene, language, (old) => ({ ...old, cues: sortCues(cues) })))

export type SetNoWordsArgs = { sceneId: SceneId; language: string; noWords: boolean }

/** Marks the narration's sound as having no spoken words (so no captions are needed, C-10), or not. */
export const setNarrationNoWords: Command<SetNoWordsArgs> = (story, { sceneId, language, noWords }) =>
  mapScene(story, sceneId, (scene) =>
    withNarration(scene, language, (old) => {
      const next = { ...old }
      if (noWords) next.noWords = true
      else delete next.noWords
      return next
    }),
  )

export type SetCaptionTranslationArgs = { sceneId: SceneId; language: string; startMs: number; endMs: number; speaker?: string; value: string }

/**
 * Translates one caption: the cue of the narration in `language` that starts at `startMs` gets
 * `value` (made with the original's timing and speaker when there is none; removed when emptied).
 */
export const setCaptionTranslation: Command<SetCaptionTranslationArgs> = (story, { sceneId, language, startMs, endMs, speaker, value }) =>
  mapScene(story, sceneId, (scene) => {
    const old = narrationIn(scene, language)
    const existing = old?.cues.find((cue) => cue.startMs === startMs)
    if ((existing?.text ?? '') === value) return scene
    return withNarration(scene, language, (narration) => {
      const rest = narration.cues.filter((cue) => cue !== existing)
      if (value === '') return { ...narration, cues: rest }
      const cue: CaptionCue = existing ? { ...existing, text: value } : { startMs, endMs, ...(speaker ? { speaker } : {}), text: value }
      return { ...narration, cues: sortCues([...rest, cue]) }
    })
  })
