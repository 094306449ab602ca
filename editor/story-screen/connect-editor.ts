import type { StoreApi } from 'zustand/vanilla'
import { createStore } from 'zustand/vanilla'
import type { StorySession } from '../persistence/story-session'
import type { EditorStore } from '../state'
import { createEditorStore, onDocChange } from '../state'

/** What the story screen edits: the open story's editor store, once the story has loaded. */
export type ConnectedEditor = {
  /** `{ editor }`: null until the session has a document. */
  store: StoreApi<{ editor: EditorStore | null }>
  /** Stops listening to both stores (the session itself is disposed by its owner). */
  dispose: () => void
}

/**
 * Joins an open story session (lock, load, autosave: persistence/story-session.ts) and ONE editor
 * store (editor/state) for it: the store is made from the first document the session loads; every
 * document change in the store goes to the session, which autosaves it (`onDocChange`); a document
 * the session loads later (a read-only tab re-reading another tab's save, or this tab getting the
 * lock) replaces the store's document and history (`resetDoc`). A change the session passed on
 * comes back as the same object, so it never resets the store; one it refused (read-only) is put
 * back at once.
 */
export const connectEditor = (session: StorySession): ConnectedEditor => {
  const store = createStore<{ editor: EditorStore | null }>(() => ({ editor: null }))
  let stopDoc: (() => void) | null = null
  const follow = () => {
    const { doc } = session.store.getState()
    if (!doc) return
    const editor = store.getState().editor
    if (!editor) {
      const made = createEditorStore(doc)
      stopDoc = onDocChange(made, (next) => {
        session.edit(() => next)
        // A change the session did not take (this tab may only look) is not shown as if it were kept.
        const kept = session.store.getState().doc
        if (kept && kept !== next) made.getState().resetDoc(kept)
      })
      store.setState({ editor: made })
    } else if (editor.getState().doc !== doc) {
      editor.getState().resetDoc(doc)
    }
  }
  const stopSession = session.store.subscribe((next, previous) => {
    if (next.doc !== previous.doc) follow()
  })
  follow()
  return {
    store,
    dispose: () => {
      stopSession()
      stopDoc?.()
    },
  }
}
