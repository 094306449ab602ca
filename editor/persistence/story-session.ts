import type { Story } from '@story-schema'
import type { StoreApi } from 'zustand/vanilla'
import { createStore } from 'zustand/vanilla'
import type { Autosave, LifecycleTarget } from './autosave'
import { createAutosave } from './autosave'
import type { BrokenStorySummary, LibraryStorage, SaveResult } from './library-storage'
import type { SaveStatus } from './save-status'
import { initialSaveStatus } from './save-status'
import type { LockManagerLike, LockState } from './story-lock'
import { lockStory } from './story-lock'
import type { TakeOverChannel } from './take-over-channel'
import { openTakeOverChannel } from './take-over-channel'

/** One open story: its document, whether this tab may edit it, and its save status. */
export type StorySessionState = {
  phase: 'loading' | 'ready' | 'not-found' | 'broken' | 'unavailable'
  doc: Story | null
  /** 'waiting' until the lock answers; 'read-only' while another tab edits it (A-F10). */
  access: 'waiting' | 'editing' | 'read-only'
  status: SaveStatus
  broken: BrokenStorySummary | null
  message: string | null
  /** "Edit here instead" in this tab: 'asking' the other tab, or it 'refused' (its last save failed). */
  takeOver: 'idle' | 'asking' | 'refused'
  /** This tab edited the story until another tab took over (its edits were saved first). */
  movedAway: boolean
}

/** The state of a session that has not loaded yet. */
export const initialSessionState: StorySessionState = {
  phase: 'loading',
  doc: null,
  access: 'waiting',
  status: initialSaveStatus,
  broken: null,
  message: null,
  takeOver: 'idle',
  movedAway: false,
}

/** An open story with its store and what can be done with it. */
export type StorySession = {
  store: StoreApi<StorySessionState>
  /** Applies a change to the document (only while editing); autosave takes it from there. */
  edit: (update: (doc: Story) => Story) => void
  /** Saves pending changes now. */
  flush: () => Promise<void>
  /** "Edit here instead" (read-only tab): asks the editing tab to save and hand over; takes the lock if it does not answer. */
  takeOver: () => void
  /** Re-reads the stored story (a read-only tab after another tab saved). */
  refresh: () => Promise<void>
  /** Saves what is pending, then lets go of the lock (A-F10). */
  dispose: () => Promise<void>
}

/** What `openStorySession` needs; `locks` and `lifecycle` are for tests. */
export type StorySessionOptions = {
  storage: LibraryStorage
  storyId: string
  locks?: LockManagerLike | null
  lifecycle?: LifecycleTarget | null
  delayMs?: number
  onSaved?: (result: Extract<SaveResult, { ok: true }>) => void
  /** Between tabs for "Edit here instead"; default: a BroadcastChannel. */
  takeOverChannel?: TakeOverChannel | null
  /** How long "Edit here instead" waits for the other tab before taking the lock anyway. @default 3000 */
  takeOverWaitMs?: number
}

/**
 * Opens a story for this tab: takes the story's lock (or waits for it read-only), loads it through
 * `parseStoryFile`, and autosaves edits while it holds the lock. The scene editor (editor/state)
 * can build on this or use `createAutosave` and `lockStory` directly.
 */
export const openStorySession = (options: StorySessionOptions): StorySession => {
  const { storage, storyId } = options
  const store = createStore<StorySessionState>(() => initialSessionState)
  const channel = options.takeOverChannel === undefined ? openTakeOverChannel() : options.takeOverChannel
  let autosave: Autosave | null = null
  let disposed = false
  let stealTimer: ReturnType<typeof setTimeout> | undefined

  /** Loads the stored story into the session; answers its revision, or null when it can't be used. */
  const load = async (forEditing = false): Promise<number | null> => {
    const result = await storage.loadStory(storyId, { forEditing })
    if (disposed) return null
    if (result.ok) {
      store.setState({ phase: 'ready', doc: result.story, broken: null, message: null })
      return result.revision
    }
    if (result.reason === 'broken') store.setState({ phase: 'broken', broken: result.broken })
    else if (result.reason === 'unavailable') store.setState({ phase: 'unavailable', message: result.message })
    else store.setState({ phase: 'not-found' })
    return null
  }

  const onLock = async (state: LockState) => {
    if (disposed) return
    const before = store.getState()
    const lost = state === 'elsewhere' && (before.access === 'editing' || before.movedAway)
    if (state !== 'elsewhere') clearTimeout(stealTimer)
    store.setState({ access: state === 'elsewhere' ? 'read-only' : 'editing', movedAway: lost, takeOver: state === 'elsewhere' ? before.takeOver : 'idle' })
    await autosave?.dispose()
    autosave = null
    const revision = await load(state !== 'elsewhere')
    if (revision === null || disposed || state === 'elsewhere') return
    const saver = createAutosave({
      repository: storage,
      storyId,
      revision,
      getDoc: () => store.getState().doc as Story,
      subscribe: (listener) => store.subscribe((next, previous) => next.doc !== previous.doc && listener()),
      delayMs: options.delayMs,
      lifecycle: options.lifecycle,
      onSaved: options.onSaved,
    })
    saver.subscribeStatus((status) => store.setState({ status }))
    autosave = saver
  }

  const lock = lockStory(storyId, (state) => void onLock(state), options.locks)

  /** Another tab pressed "Edit here instead": save what is pending, then hand the lock over (or say why not). */
  const handOver = async () => {
    const saver = autosave
    if (disposed || !saver || store.getState().access !== 'editing') return
    store.setState({ access: 'read-only', movedAway: true }) // no edit is taken from now on
    await saver.flush()
    if (saver.getStatus().state === 'failed') {
      store.setState({ access: 'editing', movedAway: false })
      channel?.post({ type: 'take-over-refused', storyId })
      return
    }
    lock.handOver()
  }
  const stopListening =
    channel?.subscribe((message) => {
      if (message.storyId !== storyId) return
      if (message.type === 'take-over') void handOver()
      else if (store.getState().takeOver === 'asking') {
        clearTimeout(stealTimer)
        store.setState({ takeOver: 'refused' })
      }
    }) ?? (() => undefined)

  return {
    store,
    edit: (update) => {
      const { doc, access } = store.getState()
      if (!doc || access !== 'editing' || !autosave) return
      store.setState({ doc: update(doc) })
    },
    flush: () => autosave?.flush() ?? Promise.resolve(),
    takeOver: () => {
      if (disposed || store.getState().access !== 'read-only') return
      store.setState({ takeOver: 'asking' })
      channel?.post({ type: 'take-over', storyId })
      clearTimeout(stealTimer)
      stealTimer = setTimeout(() => {
        if (!disposed && store.getState().takeOver === 'asking' && store.getState().access === 'read-only') lock.steal()
      }, options.takeOverWaitMs ?? 3000)
    },
    refresh: async () => {
      if (store.getState().access === 'read-only') await load()
    },
    dispose: async () => {
      disposed = true
      clearTimeout(stealTimer)
      stopListening()
      channel?.close()
      await autosave?.dispose()
      lock.release()
    },
  }
}
