import type { SoundCaption } from './sound-captions'

/**
 * Keeps each sound caption on screen for at least `minShowMs` after its sound started, even when the
 * sound was shorter (a 0.2 s bell would otherwise flash by, unreadable) — C-10/C-11 readability. A new
 * scene forgets everything: captions belong to the scene they were heard in.
 */
export const createSoundCaptionMemory = (minShowMs: number) => {
  let sceneId: string | undefined
  let remembered: SoundCaption[] = []
  const keyOf = (caption: SoundCaption) => `${caption.sourceId}|${caption.startedAtMs}`

  return {
    /** The captions to show at `nowMs`: those playing now plus recent ones, oldest first. */
    update(current: readonly SoundCaption[], nowMs: number, currentSceneId: string | undefined): SoundCaption[] {
      if (currentSceneId !== sceneId) {
        sceneId = currentSceneId
        remembered = []
      }
      const byKey = new Map<string, SoundCaption>()
      for (const caption of remembered) if (nowMs - caption.startedAtMs < minShowMs && nowMs >= caption.startedAtMs) byKey.set(keyOf(caption), caption)
      for (const caption of current) byKey.set(keyOf(caption), caption)
      remembered = [...byKey.values()].sort((a, b) => a.startedAtMs - b.startedAtMs)
      return remembered
    },
  }
}
