import type { SceneId } from '@story-schema'
import type { Command } from '../command'
import { moveItem, sceneIndexOf } from '../support/story-edits'

/** Arguments of `reorderScenes`: where the scene goes in the list (0 is first). */
export type ReorderScenesArgs = { sceneId: SceneId; toIndex: number }

/** Moves a scene in the author's list (the order of the scene list and the story map). */
export const reorderScenes: Command<ReorderScenesArgs> = (story, { sceneId, toIndex }) => {
  const from = sceneIndexOf(story, sceneId)
  if (from === toIndex) return story
  return { ...story, scenes: moveItem(story.scenes, from, toIndex) }
}
