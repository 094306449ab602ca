import { openLibraryDatabase } from './idb-database'
import type { DraftOutcome } from './idb-drafts'
import { draftIds, recoverDraft } from './idb-drafts'
import { createIdbLibraryStorage } from './idb-library-storage'
import type { LibraryStorage } from './library-storage'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { withStoryLock } from './story-lock'

const goneReasons = {
  'newer-version': 'Storysphere was updated in another tab.',
  terminated: 'The browser closed the storage.',
} as const

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

/**
 * Opens the library: IndexedDB when the browser allows it, otherwise the memory storage with
 * `fallbackReason` set, so the editor still works and can say plainly that nothing is kept (A-F14).
 * Never writes to probe (A-F24). Gives up on a database that stays blocked for `timeoutMs`. Applies
 * the drafts that closed tabs left (idb-drafts.ts) before anything is read, except those of stories
 * another tab is editing right now.
 */
export const openLibraryStorage = async ({ timeoutMs = 8000 }: { timeoutMs?: number } = {}): Promise<LibraryStorage> => {
  let closed: string | null = null
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB')
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`opening the database took longer than ${timeoutMs} ms`)), timeoutMs)
    })
    const opening = openLibraryDatabase((why) => {
      closed = goneReasons[why]
    })
    opening.then((late) => closed !== null && late.close(), () => undefined)
    const db = await Promise.race([opening, timeout]).finally(() => clearTimeout(timer))
    const recovered: DraftOutcome[] = []
    for (const id of await draftIds(db)) {
      const outcome = await withStoryLock(id, () => recoverDraft(db, id, Date.now()))
      if (outcome && outcome !== 'elsewhere') recovered.push(outcome)
    }
    return createIdbLibraryStorage(db, () => closed, { recovered })
  } catch (error) {
    closed = 'not used'
    return createMemoryLibraryStorage({ fallbackReason: describe(error) })
  }
}
