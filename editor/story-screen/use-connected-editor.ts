import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { StorySession } from '../persistence/story-session'
import type { EditorStore } from '../state'
import type { ConnectedEditor } from './connect-editor'
import { connectEditor } from './connect-editor'

const noEditor = createStore<{ editor: EditorStore | null }>(() => ({ editor: null }))

/** The open story's editor store, joined to its session (see connect-editor.ts); null until it has loaded. */
export const useConnectedEditor = (session: StorySession | null): EditorStore | null => {
  const [connected, setConnected] = useState<ConnectedEditor | null>(null)
  useEffect(() => {
    if (!session) return
    const made = connectEditor(session)
    setConnected(made)
    return () => made.dispose()
  }, [session])
  return useStore(connected?.store ?? noEditor, (state) => state.editor)
}
