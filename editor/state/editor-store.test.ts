import type { HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { addHotspot } from './commands/add-hotspot'
import { deleteScene } from './commands/delete-scene'
import { moveHotspot } from './commands/move-hotspot'
import { renameScene } from './commands/rename-scene'
import { setStartScene } from './commands/set-start-scene'
import { createEditorStore } from './editor-store'
import { redoLabel, undoLabel } from './selectors'
import { editorTestStory } from './testing/editor-test-story'

const a = 'scene:a' as SceneId
const door = 'hotspot:door' as HotspotId
const make = (options: Parameters<typeof createEditorStore>[1] = {}) => {
  let time = 0
  const store = createEditorStore(editorTestStory(), { now: () => time, ...options })
  return { store, tick: (ms: number) => (time += ms) }
}
const move = (yawDeg: number) => ({ sceneId: a, hotspotId: door, yawDeg, pitchDeg: 0 })
const doorYaw = (store: ReturnType<typeof make>['store']) => store.getState().doc.scenes[0]!.hotspots[0]!.yawDeg

describe('createEditorStore', () => {
  it('starts at the start scene, seen from its initial view, with an empty history', () => {
    const { store } = make()
    const { session, history } = store.getState()
    expect(session).toEqual({ activeSceneId: a, selectedHotspotId: null, view: { yawDeg: 0, pitchDeg: 0, fovDeg: 75 }, panel: 'inspector', language: 'en' })
    expect(history.past).toEqual([])
    expect(undoLabel(store.getState())).toBeNull()
  })

  it('records a step per command, with its label, and undoes and redoes it', () => {
    const { store } = make()
    const first = store.getState().doc
    expect(store.getState().applyCommand(setStartScene, { sceneId: 'scene:c' as SceneId }, { label: 'Choose start scene' })).toEqual({ ok: true, changed: true })
    expect(undoLabel(store.getState())).toBe('Choose start scene')
    expect(store.getState().undo()).toBe(true)
    expect(store.getState().doc).toBe(first)
    expect(redoLabel(store.getState())).toBe('Choose start scene')
    expect(store.getState().redo()).toBe(true)
    expect(store.getState().doc.startSceneId).toBe('scene:c')
    expect(store.getState().redo()).toBe(false)
  })

  it('answers a refusal in words and leaves the document and history alone', () => {
    const { store } = make()
    const before = store.getState()
    const result = store.getState().applyCommand(renameScene, { sceneId: a, title: '' }, { label: 'Rename scene' })
    expect(result.ok ? '' : result.error.message).toBe('The title must not be empty.')
    expect(store.getState().doc).toBe(before.doc)
    expect(store.getState().history).toBe(before.history)
  })

  it('records nothing when a command changes nothing', () => {
    const { store } = make()
    expect(store.getState().applyCommand(setStartScene, { sceneId: a }, { label: 'Choose start scene' })).toEqual({ ok: true, changed: false })
    expect(store.getState().history.past).toHaveLength(0)
  })

  it('coalesces changes with the same key within the window, and not across an undo or a pause', () => {
    const { store, tick } = make()
    const type = (title: string) => store.getState().applyCommand(
      renameScene,
      { sceneId: a, title },
      { label: 'Rename scene', capture: 'coalesce', key: 'title:a' },
    )
    type('Y')
    tick(500)
    type('Ya')
    tick(500)
    type('Yard')
    expect(store.getState().history.past).toHaveLength(1)
    tick(5000)
    type('Yard!')
    expect(store.getState().history.past).toHaveLength(2)
    store.getState().undo()
    expect(store.getState().doc.scenes[0]!.title.en).toBe('Yard')
    store.getState().undo()
    expect(store.getState().doc.scenes[0]!.title.en).toBe('a')
    type('B')
    type('Bo')
    expect(store.getState().history.past).toHaveLength(1)
    store.getState().applyCommand(renameScene, { sceneId: a, title: 'Boat' }, { label: 'Rename scene' })
    type('Boats')
    expect(store.getState().history.past).toHaveLength(3)
  })

  it('makes a gesture one step; cancelling puts the document back', () => {
    const { store } = make()
    const start = store.getState().doc
    store.getState().beginGesture('Move hotspot')
    for (const yaw of [5, 10, 15]) store.getState().applyCommand(moveHotspot, move(yaw), { label: 'Move hotspot', capture: 'coalesce' })
    expect(undoLabel(store.getState())).toBe('Move hotspot')
    store.getState().endGesture()
    expect(store.getState().history.past).toHaveLength(1)
    expect(doorYaw(store)).toBe(15)
    store.getState().undo()
    expect(store.getState().doc).toBe(start)

    store.getState().beginGesture('Move hotspot')
    store.getState().applyCommand(moveHotspot, move(40), { label: 'Move hotspot' })
    store.getState().cancelGesture()
    expect(store.getState().doc).toBe(start)
    expect(store.getState().history.past).toHaveLength(0)
    expect(store.getState().history.future).toHaveLength(1)

    store.getState().beginGesture('Move hotspot')
    store.getState().endGesture()
    expect(store.getState().history.past).toHaveLength(0)
  })

  it('undo during a gesture cancels it', () => {
    const { store } = make()
    store.getState().beginGesture('Move hotspot')
    store.getState().applyCommand(moveHotspot, move(40), { label: 'Move hotspot' })
    expect(store.getState().undo()).toBe(true)
    expect(doorYaw(store)).toBe(0)
    expect(store.getState().history.gesture).toBeNull()
  })

  it('keeps at most `historyLimit` steps', () => {
    const { store } = make({ historyLimit: 3 })
    for (let yaw = 1; yaw <= 5; yaw++) store.getState().applyCommand(moveHotspot, move(yaw), { label: `Move ${yaw}` })
    expect(store.getState().history.past.map((entry) => entry.label)).toEqual(['Move 3', 'Move 4', 'Move 5'])
    while (store.getState().undo());
    expect(doorYaw(store)).toBe(2)
  })

  it("'ignore' changes are no step and survive undo and redo", () => {
    const { store } = make()
    store.getState().applyCommand(moveHotspot, move(30), { label: 'Move hotspot' })
    store.getState().applyCommand(renameScene, { sceneId: 'scene:b' as SceneId, title: 'Beach' }, { label: 'Repair', capture: 'ignore' })
    expect(store.getState().history.past).toHaveLength(1)
    store.getState().undo()
    expect(doorYaw(store)).toBe(0)
    expect(store.getState().doc.scenes[1]!.title.en).toBe('Beach')
    store.getState().redo()
    expect(doorYaw(store)).toBe(30)
    expect(store.getState().doc.scenes[1]!.title.en).toBe('Beach')
  })

  it('selects with a change and shows the changed place on undo and redo', () => {
    const { store } = make()
    const id = 'hotspot:new' as HotspotId
    store.getState().applyCommand(
      addHotspot,
      { id, kind: 'link', sceneId: a, yawDeg: 0, pitchDeg: 0 },
      { label: 'Add hotspot', select: { selectedHotspotId: id } },
    )
    expect(store.getState().session.selectedHotspotId).toBe(id)
    store.getState().selectScene('scene:c' as SceneId)
    store.getState().undo()
    expect(store.getState().session).toMatchObject({ activeSceneId: a, selectedHotspotId: null })
    store.getState().selectScene('scene:b' as SceneId)
    store.getState().redo()
    expect(store.getState().session).toMatchObject({ activeSceneId: a, selectedHotspotId: id })
  })

  it('moves the session off a deleted scene, and resetDoc forgets the history', () => {
    const { store } = make()
    store.getState().selectHotspot(door)
    store.getState().applyCommand(deleteScene, { sceneId: a }, { label: 'Delete scene' })
    expect(store.getState().session).toMatchObject({ activeSceneId: 'scene:b', selectedHotspotId: null })
    store.getState().resetDoc(editorTestStory())
    expect(store.getState().history.past).toEqual([])
  })

  it('keeps the view in range and the language among the story’s', () => {
    const { store } = make()
    store.getState().setView({ yawDeg: 190, pitchDeg: -100, fovDeg: Number.NaN })
    expect(store.getState().session.view).toEqual({ yawDeg: -170, pitchDeg: -90, fovDeg: 75 })
    store.getState().setLanguage('nb')
    expect(store.getState().session.language).toBe('en')
    store.getState().setPanel('checks')
    expect(store.getState().session.panel).toBe('checks')
  })
})
