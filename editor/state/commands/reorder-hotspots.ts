import type { HotspotId, SceneId } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { mapScene, moveItem } from '../support/story-edits'

/** Arguments of `reorderHotspots`: where the hotspot goes in the scene's list (0 is first). */
export type ReorderHotspotsArgs = { sceneId: SceneId; hotspotId: HotspotId; toIndex: number }

/** Moves a hotspot in the author's order, which is the viewer's Tab and screen-reader order (C-1). */
export const reorderHotspots: Command<ReorderHotspotsArgs> = (story, { sceneId, hotspotId, toIndex }) =>
  mapScene(story, sceneId, (scene) => {
    const from = scene.hotspots.findIndex((hotspot) => hotspot.id === hotspotId)
    if (from < 0) throw new CommandError(stateMessages.noHotspot(hotspotId))
    return from === toIndex ? scene : { ...scene, hotspots: moveItem(scene.hotspots, from, toIndex) }
  })
