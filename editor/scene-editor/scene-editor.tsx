import './scene-editor.css'
import type { StoryIssue } from '@story-schema'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { EditorStore, StoredPhotoHashes } from '../state'
import { activeScene, selectedHotspot, undoLabel, redoLabel, useEditorStore } from '../state'
import type { ImportedPhoto } from '../photo-import'
import type { StoreSound } from '../sound/store-sound'
import { ChecksPanel } from './checks-panel'
import { EditorToolbar } from './editor-toolbar'
import { historyKeyFor } from './history-keys'
import { HotspotInspector } from './hotspot-inspector'
import type { SceneEditorServices } from './scene-editor-context'
import { SceneEditorContext } from './scene-editor-context'
import { SceneInspector } from './scene-inspector'
import { SceneList } from './scene-list'
import { SceneViewport } from './scene-viewport'
import { sceneEditorStrings as t } from './strings'
import { VariablesPanel } from './variables-panel'

/** Props of `SceneEditor`. */
export type SceneEditorProps = {
  /** The open story's store (`createEditorStore`); the app shell saves `doc` when it changes. */
  store: EditorStore
  /** Turns a package path ("images/yard.jpg") into a URL the browser can load; it must know media added while editing. */
  resolveAssetUrl: (path: string) => string
  /** Stores an imported photo's files and answers their sha-256s; without it, new scenes reuse the story's photos. */
  storePhoto?: (photo: ImportedPhoto) => Promise<StoredPhotoHashes>
  /** This tab may only look (A-F10): everything shows, nothing changes (fields read-only, no add/delete/move, no undo). */
  readOnly?: boolean
  /** Opens a check's place outside the scene editor (a credit, a translation); answers false when it has none. */
  onOpenIssue?: (issue: StoryIssue) => boolean
  /** Stores an imported or recorded sound's bytes and answers their sha-256; without it, sounds can't be added. */
  storeSound?: StoreSound
}

/**
 * The scene editing screen (`#/story/<id>`): the scene list, the open scene (flat photo, view
 * controls, hotspots, 360° preview) and a side panel (details of the scene or hotspot, variables,
 * checks). Undo/Redo by button or Ctrl/⌘+Z, Shift+Ctrl/⌘+Z, Ctrl+Y. Everything works by keyboard.
 */
export const SceneEditor = ({ store, resolveAssetUrl, storePhoto, storeSound, onOpenIssue, readOnly = false }: SceneEditorProps) => {
  const root = useRef<HTMLDivElement>(null)
  const [status, setStatus] = useState({ text: '', count: 0 })
  const { scene, hotspot, panel } = useEditorStore(
    store,
    (state) => ({ scene: activeScene(state), hotspot: selectedHotspot(state), panel: state.session.panel }),
  )
  const announce = useCallback((text: string) => setStatus((old) => ({ text, count: old.count + 1 })), [])
  const focusDetails = useCallback(() => {
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.scene-editor-details [data-details-heading]')?.focus())
  }, [])
  const undo = useCallback(() => {
    const label = undoLabel(store.getState())
    if (label !== null && store.getState().undo()) announce(t.undone(label))
  }, [store, announce])
  const redo = useCallback(() => {
    const label = redoLabel(store.getState())
    if (label !== null && store.getState().redo()) announce(t.redone(label))
  }, [store, announce])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as Node | null
      // Not while another tab of the story screen is open (the scene editor then stays, hidden).
      if (root.current?.closest('[hidden]')) return
      const ours = target === document.body || (target !== null && root.current?.contains(target))
      const wanted = ours && !readOnly && !event.defaultPrevented ? historyKeyFor(event) : null
      if (!wanted) return
      event.preventDefault()
      if (wanted === 'undo') undo()
      else redo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo, readOnly])
  const services = useMemo<SceneEditorServices>(
    () => ({ store, resolveAssetUrl, storePhoto, storeSound, announce, focusDetails, onOpenIssue, readOnly }),
    [store, resolveAssetUrl, storePhoto, storeSound, announce, focusDetails, onOpenIssue, readOnly],
  )
  return (
    <SceneEditorContext.Provider value={services}>
      <div className={`scene-editor${readOnly ? ' is-read-only' : ''}`} ref={root} role="region" aria-label={t.regionLabel}>
        <EditorToolbar onUndo={undo} onRedo={redo} />
        <p className="scene-editor-status" role="status">
          <span key={status.count}>{status.text}</span>
        </p>
        <div className="scene-editor-columns">
          <SceneList />
          <SceneViewport scene={scene} />
          <aside className="scene-editor-details" aria-label={t.panels[panel]}>
            {panel === 'inspector' && hotspot && <HotspotInspector key={hotspot.id} hotspot={hotspot} sceneId={scene.id} />}
            {panel === 'inspector' && !hotspot && <SceneInspector key={scene.id} scene={scene} />}
            {panel === 'variables' && <VariablesPanel />}
            {panel === 'checks' && <ChecksPanel />}
          </aside>
        </div>
      </div>
    </SceneEditorContext.Provider>
  )
}
