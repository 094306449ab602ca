import type { AssetId, SceneId, View } from '@story-schema'
import { findAsset, sceneSchema } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { storedHeadingDeg, storedView } from '../support/angles'
import { checkedRecord } from '../support/checked-record'
import { withText } from '../support/localized-text'
import { sameRecord } from '../support/same-record'
import { mapScene } from '../support/story-edits'

/** What `updateScene` can change; fields left out stay as they are. */
export type SceneChanges = {
  title?: string
  description?: string
  /** Another panorama asset of the story. */
  panoramaAssetId?: AssetId
  /** The yaw that faces north, in degrees (wrapped into 0–360). */
  northHeadingDeg?: number
  initialView?: View
  /** Makes the scene an ending (with "The end." until a message is written) or an ordinary scene. */
  ending?: boolean
  /** The ending's message; makes the scene an ending when it is not one. */
  endingMessage?: string
}

/** Arguments of `updateScene`: texts are for `language` (the story's language by default). */
export type UpdateSceneArgs = { sceneId: SceneId; language?: string; changes: SceneChanges }

/** Changes a scene's title, description, photo, north, initial view or ending. */
export const updateScene: Command<UpdateSceneArgs> = (story, { sceneId, language = story.language, changes }) =>
  mapScene(story, sceneId, (scene) => {
    const next = { ...scene }
    if (changes.title !== undefined) next.title = withText(scene.title, language, changes.title, true)
    if (changes.description !== undefined) next.description = withText(scene.description, language, changes.description, true)
    if (changes.panoramaAssetId !== undefined) {
      if (findAsset(story, changes.panoramaAssetId)?.kind !== 'panorama') {
        throw new CommandError(stateMessages.notAPanorama(changes.panoramaAssetId), 'panoramaAssetId')
      }
      next.panoramaAssetId = changes.panoramaAssetId
    }
    if (changes.northHeadingDeg !== undefined) next.northHeadingDeg = storedHeadingDeg(changes.northHeadingDeg)
    if (changes.initialView !== undefined) next.initialView = storedView(changes.initialView)
    if (changes.ending === false) delete next.ending
    if (changes.ending === true && !next.ending) next.ending = { message: { [language]: stateMessages.defaultEndingMessage } }
    if (changes.endingMessage !== undefined) {
      next.ending = { message: withText(next.ending?.message, language, changes.endingMessage, true) }
    }
    if (sameRecord(next, scene)) return scene
    return checkedRecord(sceneSchema, next)
  })
