import type { HotspotId, SceneId } from '@story-schema'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { EditorState, EditorStore } from '../state'
import { createEditorStore, moveHotspot, storyIssues } from '../state'
import { editorTestStory } from '../state/testing/editor-test-story'
import { SceneEditor } from './scene-editor'

const setup = () => createEditorStore(editorTestStory())
/** Server rendering reads a store's initial state, so a store that has changed is rendered through a copy that starts where it is. */
const asStarted = (store: EditorStore): EditorStore => createStore<EditorState>()(() => store.getState())
const render = (store = setup()) =>
  renderToStaticMarkup(createElement(SceneEditor, { store: asStarted(store), resolveAssetUrl: (path: string) => `/media/${path}` }))

/** Every `<input>`, `<select>` and `<textarea>` id in the markup has a `<label for>` (or sits in a labelled group). */
const unlabelledControls = (html: string): string[] => {
  const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]* id="([^"]+)"/g)].map((match) => match[1]!)
  const labelled = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((match) => match[1]!))
  const bare = [...html.matchAll(/<(?:input|select|textarea)(?![^>]* id=)[^>]*>/g)].map((match) => match[0])
  return [...ids.filter((id) => !labelled.has(id)), ...bare]
}

describe('SceneEditor', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('shows the scene list, the open scene and its details, every control labelled', () => {
    const html = render()
    expect(html).toContain('<div class="scene-editor" role="region" aria-label="Scene editor">')
    expect(html).toMatch(/<nav class="scene-list" aria-labelledby="scene-list-heading"><h2 id="scene-list-heading">Scenes<\/h2>/)
    expect(html).toContain('aria-current="true"')
    expect(html).toContain('<img src="/media/images/a.jpg" alt="" width="96" height="48"/>')
    expect(html).toContain('★ </span>Start</span>')
    expect(html).toContain('⚑ </span>Ending</span>')
    expect(html).toContain('View of a')
    expect(html).toContain('Scene: a')
    expect(html).toContain('Nothing to undo')
    // The checks (slow on a big story) come after the first paint: the first render says "Checks" ...
    expect(html).toContain('aria-pressed="false">Checks</button>')
    expect(unlabelledControls(html)).toEqual([])
  })

  it('waits with the 360° view (a long task to start) where WebGL exists; without WebGL it shows the flat photo at once', () => {
    expect(render()).not.toContain('Loading the 360° view…')
    vi.stubGlobal('WebGLRenderingContext', class {})
    const html = render()
    expect(html).toContain('<p class="panorama-viewport-frame panorama-viewport-waiting" role="status">Loading the 360° view…</p>')
    expect(html).not.toContain('flat-panorama')
  })

  it('shows the checks count at once when the checks have run for this document already', () => {
    const store = setup()
    storyIssues(store.getState().doc)
    expect(render(store)).toMatch(/Checks: 0 problems, \d+ warnings/)
  })

  it('names Undo after the last step', () => {
    const store = setup()
    store.getState().applyCommand(
      moveHotspot,
      { sceneId: 'scene:a' as SceneId, hotspotId: 'hotspot:door' as HotspotId, yawDeg: 5, pitchDeg: 0 },
      { label: 'Move hotspot' },
    )
    expect(render(store)).toContain('Undo Move hotspot')
  })

  it('shows a selected billboard with its fields, choices, condition and the non-drag placement', () => {
    const store = setup()
    store.getState().selectHotspot('hotspot:sign' as HotspotId)
    const html = render(store)
    expect(html).toContain('Hotspot: Sign')
    expect(html).toContain('Web link (optional)')
    expect(html).toContain('Choice: Go on')
    expect(html).toContain('Choice: Stay')
    expect(html).toContain('<button class="button button-secondary" type="button" data-focus-target="billboard-fields-add">Add choice</button>')
    expect(html).toContain('When is it shown?')
    expect(html).toContain('Only show if')
    expect(html).toContain('Arrow keys move the hotspot 1°, Shift + arrow 10°.')
    expect(html).toMatch(/role="group" tabindex="0" aria-label="Move Sign with the arrow keys"/)
    expect(html).toContain('aria-pressed="true" aria-label="Sign (billboard)"')
    expect(unlabelledControls(html)).toEqual([])
  })

  it('shows a link’s target list with “A new scene…”, and its effects', () => {
    const store = setup()
    store.getState().selectHotspot('hotspot:door' as HotspotId)
    const html = render(store)
    expect(html).toContain('<option value="#new-scene">A new scene…</option>')
    expect(html).toContain('When chosen')
    expect(html).toContain('Nothing else happens.')
  })

  it('shows the variables with their uses, and the checks as buttons', () => {
    const store = setup()
    store.getState().setPanel('variables')
    const variables = render(store)
    expect(variables).toContain('<legend>hasKey</legend>')
    expect(variables).toContain("Scene &#x27;a&#x27; › hotspot &#x27;Sign&#x27; › shown when")
    expect(unlabelledControls(variables)).toEqual([])
    store.getState().setPanel('checks')
    const checks = render(store)
    expect(checks).toMatch(/<button type="button"><span class="checks-panel-severity"><span aria-hidden="true">⚠ <\/span>Warning:<\/span>/)
  })
})
