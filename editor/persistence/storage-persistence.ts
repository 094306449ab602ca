/**
 * Asks the browser to keep the library (navigator.storage.persist) after the first real save, never
 * on the first visit, and remembers the answer so the library can show it (A-P3, A-F3). A granted
 * request protects against eviction when space is low, not against the person clearing site data.
 */
export type PersistenceState = 'unknown' | 'persisted' | 'best-effort' | 'unsupported'

/** The part of StorageManager this needs; tests pass a fake. */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>

/** Holds the browser's answer and asks at most once per page. */
export type PersistenceTracker = {
  getState: () => PersistenceState
  subscribe: (listener: (state: PersistenceState) => void) => () => void
  /**
   * Reads whether the browser already keeps the data, without asking. `savedBefore`: the library has
   * had real saves in an earlier visit, so a "no" is reported as 'best-effort' (it was asked then).
   */
  check: (savedBefore?: boolean) => Promise<PersistenceState>
  /** Call after each real save; the first one asks the browser, later ones do nothing. */
  noteRealSave: () => Promise<PersistenceState>
}

const defaultManager = (): StorageManagerLike | null =>
  typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persist === 'function' ? navigator.storage : null

/** A tracker of the browser's promise to keep the data. */
export const createPersistenceTracker = (manager: StorageManagerLike | null = defaultManager()): PersistenceTracker => {
  let state: PersistenceState = manager ? 'unknown' : 'unsupported'
  let asked: Promise<PersistenceState> | null = null
  const listeners = new Set<(state: PersistenceState) => void>()
  const set = (next: PersistenceState) => {
    if (next === state) return state
    state = next
    for (const listener of listeners) listener(state)
    return state
  }
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    check: async (savedBefore = false) => {
      if (!manager) return state
      try {
        if (await manager.persisted()) return set('persisted')
      } catch {
        return state
      }
      return savedBefore && state === 'unknown' ? set('best-effort') : state
    },
    noteRealSave: () => {
      if (!manager) return Promise.resolve(state)
      asked ??= (async () => {
        try {
          if (await manager.persisted()) return set('persisted')
          return set((await manager.persist()) ? 'persisted' : 'best-effort')
        } catch {
          return set('best-effort')
        }
      })()
      return asked
    },
  }
}
