import type { Story } from '@story-schema'
import type { LibraryStorage, SaveResult } from './library-storage'
import type { SaveEvent, SaveStatus } from './save-status'
import { initialSaveStatus, isRetryable, nextSaveStatus } from './save-status'

/** Page events autosave listens to; tests pass fakes, `null` listens to nothing. */
export type LifecycleTarget = {
  document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>
}

/** What `createAutosave` needs. */
export type AutosaveOptions = {
  /** Where to save; `saveDraftNow` (the pagehide journal) is used when present. */
  repository: Pick<LibraryStorage, 'saveStory'> & Partial<Pick<LibraryStorage, 'saveDraftNow'>>
  storyId: string
  /** The revision the document was loaded at (the base of the first save). */
  revision: number
  getDoc: () => Story
  /** Called on every store change; autosave compares `getDoc()` by reference, so session-only changes never save. */
  subscribe: (listener: () => void) => () => void
  /** Quiet time after the last change before saving. @default 1000 */
  delayMs?: number
  /** Longest wait while changes keep coming. @default 5000 */
  maxWaitMs?: number
  /** Next try after a failure that may pass (storage full, a glitch), A-P4. @default 10000 */
  retryMs?: number
  now?: () => number
  lifecycle?: LifecycleTarget | null
  /** After each successful save (e.g. to ask for persistent storage, A-P3). */
  onSaved?: (result: Extract<SaveResult, { ok: true }>) => void
}

/** A running autosave for one open story. */
export type Autosave = {
  getStatus: () => SaveStatus
  subscribeStatus: (listener: (status: SaveStatus) => void) => () => void
  /** The stored revision the next save starts from. */
  getRevision: () => number
  /** Saves now if the document changed; resolves when that save has finished. */
  flush: () => Promise<void>
  /** Saves what is pending, then stops. */
  dispose: () => Promise<void>
}

const browserLifecycle = (): LifecycleTarget => ({
  document: typeof document === 'undefined' ? undefined : document,
  window: typeof window === 'undefined' ? undefined : window,
})

/**
 * Saves a story ~1 s after the last change (at most 5 s while changes keep coming), and at once when
 * the page is hidden or left (`visibilitychange`→hidden, `pagehide`; A-F19). Then the document is first
 * journalled with `saveDraftNow`, since a closing tab does not live long enough for a save.
 * One save at a time; a failed save keeps the edits in memory, says why and tries again (A-P4). Never reloads anything.
 */
export const createAutosave = (options: AutosaveOptions): Autosave => {
  const { repository, storyId, getDoc, delayMs = 1000, maxWaitMs = 5000, retryMs = 10_000, now = Date.now } = options
  const lifecycle = options.lifecycle === undefined ? browserLifecycle() : options.lifecycle
  let revision = options.revision
  let savedDoc = getDoc()
  let savedAt: number | null = null
  let status: SaveStatus = initialSaveStatus
  let timer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let firstChangeAt: number | null = null
  let inFlight: Promise<void> | null = null
  /** True while a save of a changed document is in the repository's hands. */
  let writing = false
  let again = false
  let stopped = false
  const listeners = new Set<(status: SaveStatus) => void>()

  const emit = (event: SaveEvent) => {
    const next = nextSaveStatus(status, event)
    if (next === status) return
    status = next
    for (const listener of listeners) listener(status)
  }

  const saveOnce = async () => {
    const doc = getDoc()
    if (doc === savedDoc) {
      if (status.state === 'pending') emit({ type: 'save-succeeded', savedAt: savedAt ?? now(), dirty: false })
      return
    }
    emit({ type: 'save-started' })
    writing = true
    const result =
      doc.id === storyId
        ? await repository.saveStory(doc, { baseRevision: revision }).finally(() => (writing = false))
        : ({ ok: false, reason: 'error', message: 'Not saved', detail: `document ${doc.id} is not ${storyId}` } as const)
    writing = false
    if (result.ok) {
      revision = result.revision
      savedDoc = doc
      savedAt = result.savedAt
      emit({ type: 'save-succeeded', savedAt: result.savedAt, dirty: getDoc() !== doc })
      options.onSaved?.(result)
    } else {
      emit({ type: 'save-failed', reason: result.reason, message: result.message, at: now() })
      if (isRetryable(result.reason) && !stopped) {
        clearTimeout(retryTimer)
        retryTimer = setTimeout(() => void flush(), retryMs)
      }
    }
  }

  const flush = (): Promise<void> => {
    clearTimeout(timer)
    clearTimeout(retryTimer)
    firstChangeAt = null
    if (inFlight) {
      again = true
      return inFlight
    }
    inFlight = (async () => {
      try {
        do {
          again = false
          await saveOnce()
        } while (again)
      } finally {
        inFlight = null
      }
    })()
    return inFlight
  }

  const onChange = () => {
    if (stopped || getDoc() === savedDoc) return
    emit({ type: 'edited' })
    const at = now()
    firstChangeAt ??= at
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), Math.max(0, Math.min(delayMs, firstChangeAt + maxWaitMs - at)))
  }
  // The page is going away (or may be discarded while hidden): journal the document first, in a write
  // that needs no reads and is queued behind nothing (measured: a transaction created before it, even
  // on other stores, can take it down with it when the tab closes), then try an ordinary save.
  const leave = () => {
    const doc = getDoc()
    if (doc !== savedDoc) options.repository.saveDraftNow?.(doc, { baseRevision: revision, pendingRevision: writing ? revision + 1 : null })
    void flush()
  }
  const onVisibility = () => {
    if (lifecycle?.document?.visibilityState === 'hidden') leave()
  }
  const onPageHide = leave

  const unsubscribe = options.subscribe(onChange)
  lifecycle?.document?.addEventListener('visibilitychange', onVisibility)
  lifecycle?.window?.addEventListener('pagehide', onPageHide)

  return {
    getStatus: () => status,
    subscribeStatus: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getRevision: () => revision,
    flush,
    dispose: async () => {
      if (stopped) return
      unsubscribe()
      lifecycle?.document?.removeEventListener('visibilitychange', onVisibility)
      lifecycle?.window?.removeEventListener('pagehide', onPageHide)
      await flush()
      stopped = true
      clearTimeout(retryTimer)
      listeners.clear()
    },
  }
}
