import type { HotspotId, SceneId } from '@story-schema'
import type { Command } from '../command'
import { storedPitchDeg, storedYawDeg } from '../support/angles'
import { mapHotspot } from '../support/story-edits'

/** Arguments of `moveHotspot`: the new direction, in degrees (yaw is wrapped, pitch clamped). */
export type MoveHotspotArgs = { sceneId: SceneId; hotspotId: HotspotId; yawDeg: number; pitchDeg: number }

/** Moves a hotspot to a direction: from a drag, the yaw/pitch fields or arrow-key nudges (C-28). */
export const moveHotspot: Command<MoveHotspotArgs> = (story, { sceneId, hotspotId, yawDeg, pitchDeg }) =>
  mapHotspot(story, sceneId, hotspotId, (hotspot) => {
    const yaw = storedYawDeg(yawDeg)
    const pitch = storedPitchDeg(pitchDeg)
    return yaw === hotspot.yawDeg && pitch === hotspot.pitchDeg ? hotspot : { ...hotspot, yawDeg: yaw, pitchDeg: pitch }
  })
