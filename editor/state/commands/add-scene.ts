import type { AssetId, SceneId, View } from '@story-schema'
import { findAsset, limits, localize, sceneSchema } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { storedHeadingDeg, storedView } from '../support/angles'
import { checkedRecord } from '../support/checked-record'
import { assertFreeId } from '../support/free-id'
import { sceneIndexOf } from '../support/story-edits'
import { uniqueName } from '../support/unique-name'

/** Arguments of `addScene`. The caller makes the id (`makeId('scene')`). */
export type AddSceneArgs = {
  id: SceneId
  /** The scene's 360° photo: a panorama asset of the story. */
  panoramaAssetId: AssetId
  /** Its title; "New scene", "New scene 2", … when left out. */
  title?: string
  /** The language of the title; the story's language by default. */
  language?: string
  /** Put it after this scene; at the end when left out. */
  afterSceneId?: SceneId
  /** Where the viewer looks first (a photo's GPano view); straight ahead when left out. */
  initialView?: View
  /** The yaw that faces north (from the photo), 0 when unknown. */
  northHeadingDeg?: number
}

/** Adds an empty scene (no hotspots, no sound, an empty description) showing a panorama of the story. */
export const addScene: Command<AddSceneArgs> = (story, args) => {
  assertFreeId(story, 'scene', args.id)
  if (story.scenes.length >= limits.maxScenes) throw new CommandError(stateMessages.tooManyScenes(limits.maxScenes))
  if (findAsset(story, args.panoramaAssetId)?.kind !== 'panorama') {
    throw new CommandError(stateMessages.notAPanorama(args.panoramaAssetId), 'panoramaAssetId')
  }
  const language = args.language ?? story.language
  const titles = story.scenes.map((scene) => localize(scene.title, language, story.language))
  const title = args.title ?? uniqueName(stateMessages.defaultSceneTitle, titles)
  const scene = checkedRecord(sceneSchema, {
    id: args.id,
    title: { [language]: title },
    description: { [language]: '' },
    panoramaAssetId: args.panoramaAssetId,
    northHeadingDeg: storedHeadingDeg(args.northHeadingDeg ?? 0),
    initialView: storedView(args.initialView ?? { yawDeg: 0, pitchDeg: 0, fovDeg: 75 }),
    soundscape: { beds: [], sounds: [] },
    narrations: [],
    hotspots: [],
    onEnter: [],
  })
  const at = args.afterSceneId ? sceneIndexOf(story, args.afterSceneId) + 1 : story.scenes.length
  return { ...story, scenes: [...story.scenes.slice(0, at), scene, ...story.scenes.slice(at)] }
}
