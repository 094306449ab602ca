/**
 * One editor per story across tabs, with the Web Locks API (A-F10, A-P6). The first tab gets the
 * lock; another tab is told 'elsewhere' (read-only) and waits in the queue, so it gets 'held' as
 * soon as the first tab closes or leaves the story. Where Web Locks are missing every tab edits and
 * the revision check still refuses stale saves (A-F23).
 */
export type LockState = 'held' | 'elsewhere' | 'unsupported'

/** The part of LockManager this needs; tests pass a fake. */
export type LockManagerLike = Pick<LockManager, 'request' | 'query'>

const defaultLocks = (): LockManagerLike | null =>
  typeof navigator !== 'undefined' && navigator.locks && typeof navigator.locks.request === 'function' ? navigator.locks : null

/** The lock name of a story. */
export const storyLockName = (storyId: string): string => `storysphere:story:${storyId}`

/** Takes the story's lock or waits for it; `onChange` hears every state. Returns `release`. */
export const lockStory = (storyId: string, onChange: (state: LockState) => void, locks: LockManagerLike | null = defaultLocks()): (() => void) => {
  if (!locks) {
    onChange('unsupported')
    return () => undefined
  }
  const name = storyLockName(storyId)
  const abort = new AbortController()
  let released = false
  let letGo: () => void = () => undefined
  const holding = new Promise<void>((resolve) => {
    letGo = resolve
  })
  const hold = async () => {
    if (released) return
    onChange('held')
    await holding
  }
  locks
    .request(name, { ifAvailable: true }, async (lock) => {
      if (lock) return hold()
      if (released) return
      onChange('elsewhere')
      locks.request(name, { signal: abort.signal }, hold).catch(() => undefined)
    })
    .catch(() => onChange('unsupported'))
  return () => {
    released = true
    abort.abort()
    letGo()
  }
}

/** Runs `body` while holding the story's lock; answers 'elsewhere' without running it when another tab has it. */
export const withStoryLock = async <T>(storyId: string, body: () => Promise<T>, locks: LockManagerLike | null = defaultLocks()): Promise<T | 'elsewhere'> => {
  if (!locks) return body()
  return locks.request(storyLockName(storyId), { ifAvailable: true }, async (lock) => (lock ? body() : 'elsewhere'))
}

/** Ids of the stories some tab holds for editing right now. */
export const storiesOpenElsewhere = async (locks: LockManagerLike | null = defaultLocks()): Promise<Set<string>> => {
  if (!locks) return new Set()
  try {
    const snapshot = await locks.query()
    const prefix = storyLockName('')
    return new Set((snapshot.held ?? []).flatMap((lock) => (lock.name?.startsWith(prefix) ? [lock.name.slice(prefix.length)] : [])))
  } catch {
    return new Set()
  }
}
