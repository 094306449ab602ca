import type { Story } from '@story-schema'
import { makeId, parseStoryFile, serializeStoryFile } from '@story-schema'
import type { DraftRecord, LibraryDatabase } from './idb-database'
import type { StoryRecord } from './story-record'
import { readRawRecord } from './story-record'

/**
 * The pagehide journal (A-F19). A save that reads before it writes (the revision check) does not
 * survive a closing tab: the renderer is gone before the reads answer. So on `pagehide` the latest
 * document goes into `drafts` in a transaction issued at once, without reads, and committed with
 * `commit()`; its scope never overlaps a save's, so nothing queued can hold it back. The next time the
 * library opens, `recoverDrafts` promotes it with the usual revision rule, in one transaction.
 */
export const writeDraftNow = (db: LibraryDatabase, story: Story, baseRevision: number, pendingRevision: number | null, now: number): void => {
  const record: DraftRecord = { id: story.id, text: serializeStoryFile(story), baseRevision, pendingRevision, writtenAt: now }
  const tx = db.transaction('drafts', 'readwrite')
  tx.done.catch(() => undefined)
  void tx.store.put(record).catch(() => undefined)
  tx.commit()
}

/** What recovery did with each draft. */
export type DraftOutcome = { id: string; outcome: 'promoted' | 'obsolete' | 'copied' | 'unreadable' }

/** A copy of a draft whose story changed or vanished meanwhile: never overwrite, keep both (A-P6). */
const conflictCopy = (story: Story, now: number): StoryRecord => {
  const id = makeId('story')
  const title = Object.fromEntries(Object.entries(story.title).map(([language, text]) => [language, `${text} (recovered)`.slice(0, 200)]))
  return { id, revision: 1, text: serializeStoryFile({ ...story, id, title }), createdAt: now, updatedAt: now, trashedAt: null }
}

/**
 * Applies the drafts left by closed tabs, one transaction. The draft was based on `baseRevision`, or on
 * `pendingRevision` if a save was in flight: if the stored revision is one of them, the draft (the
 * newest document) becomes revision + 1. A stored revision above both means a later save already
 * holds it (the draft is dropped). A missing story gets a recovered copy. Never throws.
 */
export const recoverDrafts = async (db: LibraryDatabase, now: number): Promise<DraftOutcome[]> => {
  try {
    const tx = db.transaction(['drafts', 'stories'], 'readwrite', { durability: 'strict' })
    tx.done.catch(() => undefined)
    const drafts = await tx.objectStore('drafts').getAll()
    const outcomes: DraftOutcome[] = []
    for (const draft of drafts) {
      const stored = await tx.objectStore('stories').get(draft.id)
      const record = stored === undefined ? null : readRawRecord(draft.id, stored).record
      const parsed = parseStoryFile(draft.text)
      const writes: Promise<unknown>[] = [tx.objectStore('drafts').delete(draft.id)]
      if (!parsed.ok || parsed.story.id !== draft.id) {
        outcomes.push({ id: draft.id, outcome: 'unreadable' })
        writes.push(tx.objectStore('stories').put({ id: `${draft.id}-unsaved`, revision: 1, text: draft.text, createdAt: now, updatedAt: now, trashedAt: null }))
      } else if (record && (record.revision === draft.baseRevision || record.revision === draft.pendingRevision)) {
        outcomes.push({ id: draft.id, outcome: 'promoted' })
        writes.push(tx.objectStore('stories').put({ ...record, revision: record.revision + 1, text: serializeStoryFile(parsed.story), updatedAt: draft.writtenAt }))
      } else if (record && record.revision > Math.max(draft.baseRevision, draft.pendingRevision ?? 0)) {
        outcomes.push({ id: draft.id, outcome: 'obsolete' })
      } else {
        outcomes.push({ id: draft.id, outcome: 'copied' })
        writes.push(tx.objectStore('stories').put(conflictCopy(parsed.story, now)))
      }
      await Promise.all(writes)
    }
    await tx.done
    return outcomes
  } catch {
    return []
  }
}
