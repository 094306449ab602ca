import type { SceneId } from '@story-schema'
import type { Command } from '../command'
import { sceneIndexOf } from '../support/story-edits'

/** Arguments of `setStartScene`. */
export type SetStartSceneArgs = { sceneId: SceneId }

/** Makes a scene the one the story starts in. */
export const setStartScene: Command<SetStartSceneArgs> = (story, { sceneId }) => {
  sceneIndexOf(story, sceneId)
  return story.startSceneId === sceneId ? story : { ...story, startSceneId: sceneId }
}
