import type { SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { setStartScene } from './commands/set-start-scene'
import { createEditorStore } from './editor-store'
import { onDocChange } from './subscribe-doc'
import { editorTestStory } from './testing/editor-test-story'

describe('onDocChange', () => {
  it('reports document changes (commands, undo, redo) and not session changes', () => {
    const store = createEditorStore(editorTestStory())
    const seen: string[] = []
    const stop = onDocChange(store, (doc) => seen.push(doc.startSceneId))
    store.getState().selectScene('scene:b' as SceneId)
    store.getState().setView({ yawDeg: 10 })
    store.getState().applyCommand(setStartScene, { sceneId: 'scene:c' as SceneId }, { label: 'Choose start scene' })
    store.getState().undo()
    store.getState().redo()
    stop()
    store.getState().undo()
    expect(seen).toEqual(['scene:c', 'scene:a', 'scene:c'])
  })
})
