import { startTransition, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { StorySession } from '../persistence/story-session'
import type { EditorStore } from '../state'
import type { ConnectedEditor } from './connect-editor'
import { connectEditor } from './connect-editor'

const noEditor = createStore<{ editor: EditorStore | null }>(() => ({ editor: null }))

/**
 * The open story's editor store, joined to its session (see connect-editor.ts); null until it has
 * loaded. It arrives as a transition, so React draws the story screen (a 300-scene list and all) in
 * slices that keep the page responsive, not in one long task.
 */
export const useConnectedEditor = (session: StorySession | null): EditorStore | null => {
  const [connected, setConnected] = useState<ConnectedEditor | null>(null)
  useEffect(() => {
    if (!session) return
    const made = connectEditor(session)
    startTransition(() => setConnected(made))
    return () => made.dispose()
  }, [session])
  return useStore(connected?.store ?? noEditor, (state) => state.editor)
}
