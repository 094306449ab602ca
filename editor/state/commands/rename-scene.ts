import type { SceneId } from '@story-schema'
import type { Command } from '../command'
import { updateScene } from './update-scene'

/** Arguments of `renameScene`. */
export type RenameSceneArgs = { sceneId: SceneId; title: string; language?: string }

/** Gives a scene a new title in one language (the story's by default). An empty title is refused. */
export const renameScene: Command<RenameSceneArgs> = (story, { sceneId, title, language }) =>
  updateScene(story, { sceneId, language, changes: { title } })
