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

/** This tab's hold on a story's lock (see `lockStory`). */
export type StoryLock = {
  /** Lets go for good (leaving the story). */
  release: () => void
  /** Gives the lock to the tab waiting for it and waits in the queue again ('elsewhere'): "Edit here instead" was pressed there. */
  handOver: () => void
  /** Takes the lock from a tab that does not answer (Web Locks `steal`); that tab hears 'elsewhere'. */
  steal: () => void
}

/**
 * Takes the story's lock or waits for it; `onChange` hears every state. A tab whose lock was handed
 * over or stolen hears 'elsewhere' and waits in the queue again (A-F10 "Edit here instead").
 */
export const lockStory = (storyId: string, onChange: (state: LockState) => void, locks: LockManagerLike | null = defaultLocks()): StoryLock => {
  if (!locks) {
    onChange('unsupported')
    return { release: () => undefined, handOver: () => undefined, steal: () => undefined }
  }
  const name = storyLockName(storyId)
  let released = false
  /** Each request has a number; only the newest one counts, an older grant is let go at once. */
  let generation = 0
  let heldGeneration = -1
  let waiting: AbortController | null = null
  let letGo: (() => void) | null = null

  const take = (how: 'try' | 'wait' | 'steal') => {
    const mine = ++generation
    waiting?.abort()
    waiting = how === 'wait' ? new AbortController() : null
    const options: LockOptions = how === 'try' ? { ifAvailable: true } : how === 'steal' ? { steal: true } : { signal: waiting!.signal }
    locks
      .request(name, options, async (lock) => {
        if (released || mine !== generation) return
        if (!lock) {
          onChange('elsewhere')
          take('wait')
          return
        }
        heldGeneration = mine
        onChange('held')
        await new Promise<void>((resolve) => {
          letGo = resolve
        })
      })
      .catch(() => {
        if (released || mine !== generation) return
        if (heldGeneration === mine) {
          letGo = null
          // Another tab stole the lock ("Edit here instead" there, and this tab did not answer).
          onChange('elsewhere')
          take('wait')
        } else if (how === 'try') onChange('unsupported')
      })
  }
  const letGoNow = () => {
    const resolve = letGo
    letGo = null
    resolve?.()
  }
  take('try')
  return {
    release: () => {
      released = true
      waiting?.abort()
      letGoNow()
    },
    handOver: () => {
      if (released || letGo === null) return
      onChange('elsewhere')
      take('wait') // queued behind the tab that asked, which gets the lock as this one lets go
      letGoNow()
    },
    steal: () => {
      if (released || letGo !== null) return
      take('steal')
    },
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
