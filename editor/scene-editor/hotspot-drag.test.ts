import type { HotspotId, SceneId } from '@story-schema'
import { describe, expect, test } from 'vitest'
import { createEditorStore, undoLabel } from '../state'
import { editorTestStory } from '../state/testing/editor-test-story'
import { startHotspotDrag } from './hotspot-drag'

const sceneId = 'scene:a' as SceneId
const hotspotId = 'hotspot:sign' as HotspotId
const sign = (store: ReturnType<typeof createEditorStore>) =>
  store.getState().doc.scenes.find((scene) => scene.id === sceneId)!.hotspots.find((hotspot) => hotspot.id === hotspotId)!

describe('dragging a hotspot in the 360° view (issue 5)', () => {
  test('many live moves and a drop are ONE labelled undo step; one Undo puts it back', () => {
    const store = createEditorStore(editorTestStory())
    const before = sign(store)
    const entries = store.getState().history.past.length
    const drag = startHotspotDrag(store, sceneId, hotspotId, 'Move hotspot')
    for (const yawDeg of [92, 95, 101.5, 110]) drag.move({ yawDeg, pitchDeg: yawDeg / 10 })
    expect(sign(store)).toMatchObject({ yawDeg: 110, pitchDeg: 11 }) // the view and the fields follow live
    drag.drop()
    drag.move({ yawDeg: 0, pitchDeg: 0 }) // after the drop nothing moves it
    expect(sign(store)).toMatchObject({ yawDeg: 110, pitchDeg: 11 })
    expect(store.getState().history.past.length).toBe(entries + 1)
    expect(undoLabel(store.getState())).toBe('Move hotspot')
    expect(store.getState().undo()).toBe(true)
    expect(sign(store)).toEqual(before)
    expect(store.getState().redo()).toBe(true)
    expect(sign(store)).toMatchObject({ yawDeg: 110, pitchDeg: 11 })
  })

  test('a cancelled drag (Escape) puts the hotspot back and leaves no step', () => {
    const store = createEditorStore(editorTestStory())
    const before = sign(store)
    const entries = store.getState().history.past.length
    const drag = startHotspotDrag(store, sceneId, hotspotId, 'Move hotspot')
    drag.move({ yawDeg: -40, pitchDeg: 5 })
    drag.cancel()
    expect(sign(store)).toEqual(before)
    expect(store.getState().history.past.length).toBe(entries)
  })

  test('a press that never moved is no step', () => {
    const store = createEditorStore(editorTestStory())
    const entries = store.getState().history.past.length
    startHotspotDrag(store, sceneId, hotspotId, 'Move hotspot').drop()
    expect(store.getState().history.past.length).toBe(entries)
  })
})
