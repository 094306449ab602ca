import type { HotspotId, SceneId } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { mapScene } from '../support/story-edits'

/** Arguments of `deleteHotspot`. */
export type DeleteHotspotArgs = { sceneId: SceneId; hotspotId: HotspotId }

/** Removes a hotspot (and a billboard's choices with it). */
export const deleteHotspot: Command<DeleteHotspotArgs> = (story, { sceneId, hotspotId }) =>
  mapScene(story, sceneId, (scene) => {
    const hotspots = scene.hotspots.filter((hotspot) => hotspot.id !== hotspotId)
    if (hotspots.length === scene.hotspots.length) throw new CommandError(stateMessages.noHotspot(hotspotId))
    return { ...scene, hotspots }
  })
