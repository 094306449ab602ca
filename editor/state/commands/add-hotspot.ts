import type { AssetId, Hotspot, HotspotId, HotspotKind, SceneId } from '@story-schema'
import { hotspotSchema, limits } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { storedPitchDeg, storedSizeDeg, storedYawDeg } from '../support/angles'
import { checkedRecord } from '../support/checked-record'
import { assertFreeId } from '../support/free-id'
import { defaultHotspotLabel, kindFields } from '../support/hotspot-defaults'
import { mapScene } from '../support/story-edits'

/** The default angular size of a new hotspot: large enough to hit by gaze or controller (C-8). */
export const defaultHotspotSizeDeg = 10

/** Arguments of `addHotspot`. The caller makes the id (`makeId('hotspot')`). */
export type AddHotspotArgs = {
  id: HotspotId
  kind: HotspotKind
  sceneId: SceneId
  yawDeg: number
  pitchDeg: number
  /** Language of the label; the story's by default. */
  language?: string
  /** "Door", "Sign" or "Sound", made unique in the scene ("Door 2") when left out. */
  label?: string
  sizeDeg?: number
  /** A link's target; the next scene by default. */
  targetSceneId?: SceneId
  /** A sound hotspot's clip; the story's first sound by default. */
  assetId?: AssetId
}

/**
 * Adds a hotspot at a direction, last in the scene's keyboard order (C-1), 10° across, with a label no
 * other hotspot of the scene has (C-9).
 */
export const addHotspot: Command<AddHotspotArgs> = (story, args) => {
  assertFreeId(story, 'hotspot', args.id)
  const language = args.language ?? story.language
  return mapScene(story, args.sceneId, (scene) => {
    if (scene.hotspots.length >= limits.maxHotspotsPerScene) {
      throw new CommandError(stateMessages.tooManyHotspots(limits.maxHotspotsPerScene))
    }
    const label = args.label ?? defaultHotspotLabel(story, scene, args.kind, language)
    const hotspot = checkedRecord(hotspotSchema, {
      id: args.id,
      yawDeg: storedYawDeg(args.yawDeg),
      pitchDeg: storedPitchDeg(args.pitchDeg),
      sizeDeg: storedSizeDeg(args.sizeDeg ?? defaultHotspotSizeDeg),
      label: { [language]: label },
      ...kindFields(story, scene.id, args.kind, { language, label, targetSceneId: args.targetSceneId, assetId: args.assetId }),
    } as Hotspot)
    return { ...scene, hotspots: [...scene.hotspots, hotspot] }
  })
}
