import type { Story } from '@story-schema'
import type { EditorStore } from './editor-store'

/**
 * Calls `listener` after every document change (commands, undo, redo, `resetDoc`), never for
 * session-only changes (selection, view, panel), by comparing `doc` by reference. For autosave:
 * `onDocChange(store, (doc) => session.edit(() => doc))`. Answers the unsubscribe function.
 */
export const onDocChange = (store: EditorStore, listener: (doc: Story, previous: Story) => void): (() => void) =>
  store.subscribe((state, previous) => {
    if (state.doc !== previous.doc) listener(state.doc, previous.doc)
  })
