import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { StorySession, StorySessionState } from '../persistence/story-session'
import { initialSessionState, openStorySession } from '../persistence/story-session'
import { useLibrary } from './library-context'

const loadingStore = createStore<StorySessionState>(() => initialSessionState)

/**
 * Opens a story for this screen (lock, load, autosave; see persistence/story-session.ts) and closes
 * it when the screen goes away, saving what is pending first. After each save it asks for persistent
 * storage (A-P3) and tells other tabs; a read-only view re-reads when another tab saved.
 */
export const useStorySession = (storyId: string): { session: StorySession | null; state: StorySessionState } => {
  const { storage, persistence, store, announce, onOtherTab } = useLibrary()
  const [session, setSession] = useState<StorySession | null>(null)
  useEffect(() => {
    const opened = openStorySession({
      storage,
      storyId,
      onSaved: (result) => {
        announce(storyId)
        if (storage.kind === 'memory') store.setState({ unsavedInMemory: true })
        void persistence.noteRealSave().then((state) => store.setState({ persistence: state }))
        void result
      },
    })
    setSession(opened)
    const stop = onOtherTab((id) => {
      if (id === storyId) void opened.refresh()
    })
    return () => {
      stop()
      void opened.dispose()
    }
  }, [storage, storyId, persistence, store, announce, onOtherTab])
  const state = useStore(session?.store ?? loadingStore)
  return { session, state }
}
