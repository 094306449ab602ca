import type { HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { deleteHotspot } from './delete-hotspot'
import { moveHotspot } from './move-hotspot'
import { reorderHotspots } from './reorder-hotspots'

const story = editorTestStory()
const a = 'scene:a' as SceneId
const door = 'hotspot:door' as HotspotId
const sign = 'hotspot:sign' as HotspotId

describe('moveHotspot, reorderHotspots, deleteHotspot', () => {
  it('moves a hotspot, wrapping yaw and clamping pitch, and shares everything else', () => {
    const next = moveHotspot(story, { sceneId: a, hotspotId: door, yawDeg: 181, pitchDeg: 95 })
    expect(next.scenes[0]!.hotspots[0]).toMatchObject({ yawDeg: -179, pitchDeg: 90 })
    expect(next.scenes[0]!.hotspots[1]).toBe(story.scenes[0]!.hotspots[1])
    expect(moveHotspot(story, { sceneId: a, hotspotId: door, yawDeg: 360, pitchDeg: 0 })).toBe(story)
    expect(() => moveHotspot(story, { sceneId: a, hotspotId: 'hotspot:zz' as HotspotId, yawDeg: 0, pitchDeg: 0 })).toThrow(/no hotspot/)
  })

  it('reorders hotspots (the keyboard order) and deletes one', () => {
    const next = reorderHotspots(story, { sceneId: a, hotspotId: sign, toIndex: 0 })
    expect(next.scenes[0]!.hotspots.map((h) => h.id)).toEqual([sign, door])
    expect(reorderHotspots(story, { sceneId: a, hotspotId: door, toIndex: 0 })).toBe(story)
    const left = deleteHotspot(story, { sceneId: a, hotspotId: door })
    expect(left.scenes[0]!.hotspots.map((h) => h.id)).toEqual([sign])
    expect(() => deleteHotspot(left, { sceneId: a, hotspotId: door })).toThrow(/no hotspot/)
  })
})
