import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { EditorState, EditorStore } from './editor-store'

/**
 * Reads from an editor store in a component. Object and array results are compared shallowly
 * (`useShallow`), so `(s) => ({ doc: s.doc, scene: s.session.activeSceneId })` re-renders only when
 * one of its values changes. Fast values (a drag in progress) belong in refs and `store.getState()`.
 */
export const useEditorStore = <T>(store: EditorStore, selector: (state: EditorState) => T): T =>
  useStore(store, useShallow(selector))
