import type { SceneId } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { sceneIndexOf } from '../support/story-edits'

/** Arguments of `deleteScene`. */
export type DeleteSceneArgs = { sceneId: SceneId }

/**
 * Deletes a scene. Links, choices and `goTo` effects that lead to it **stay** (the author decides
 * where they should go; `checkStory` lists them as broken links until then), and so does its photo.
 * When it was the start scene, the first remaining scene becomes the start. The last scene can't go.
 */
export const deleteScene: Command<DeleteSceneArgs> = (story, { sceneId }) => {
  const index = sceneIndexOf(story, sceneId)
  if (story.scenes.length === 1) throw new CommandError(stateMessages.lastScene)
  const scenes = story.scenes.filter((_, i) => i !== index)
  const startSceneId = story.startSceneId === sceneId ? scenes[0]!.id : story.startSceneId
  return { ...story, scenes, startSceneId }
}
