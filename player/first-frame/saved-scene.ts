/**
 * The localStorage key of a story's saved progress (`runtime/progress-storage.ts` writes it), and the
 * scene a saved, unfinished run will resume in: the first frame paints that scene instead of the
 * start. Read loosely (the player checks the save properly); anything odd means "the start".
 */
export const progressKey = (storyId: string): string => `storysphere.progress.${storyId}`

export const savedSceneId = (storyId: string): string | undefined => {
  try {
    const text = localStorage.getItem(progressKey(storyId))
    const saved = text ? (JSON.parse(text) as unknown) : null
    if (typeof saved !== 'object' || saved === null) return undefined
    const { sceneId, ended } = saved as { sceneId?: unknown; ended?: unknown }
    return typeof sceneId === 'string' && (ended === null || ended === undefined) ? sceneId : undefined
  } catch {
    return undefined
  }
}
