import type { Story } from '@story-schema'
import { makeId, parseStoryFile, serializeStoryFile } from '@story-schema'
import type { DraftRecord, LibraryDatabase } from './idb-database'
import type { StoryRecord } from './story-record'
import { readRawRecord } from './story-record'

/**
 * The pagehide journal (A-F19). A save that reads before it writes (the revision check) does not
 * survive a closing tab: the renderer is gone before the reads answer. So on `pagehide` the latest
 * document goes into `drafts` in a transaction issued at once, without reads, and committed with
 * `commit()`; its scope never overlaps a save's. The next tab that takes the story's lock applies it
 * with `recoverDraft`, by the revision rule, in one transaction.
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

/** Ids of the stories that have a draft. */
export const draftIds = async (db: LibraryDatabase): Promise<string[]> => {
  try {
    return await db.getAllKeys('drafts')
  } catch {
    return []
  }
}

/**
 * Applies the draft of one story, in one transaction; call it only while holding the story's lock, so
 * the draft of a tab still editing is never touched. The draft was based on `baseRevision`, or on
 * `pendingRevision` if a save was in flight: if the stored revision is one of them, the draft (the newest
 * document) becomes revision + 1. A stored revision above both means a later save already holds it (the
 * draft is dropped), and so does a stored document equal to the draft (the save in flight landed). A
 * story that vanished or changed otherwise gets a recovered copy. Never throws.
 */
export const recoverDraft = async (db: LibraryDatabase, id: string, now: number): Promise<DraftOutcome | null> => {
  try {
    const tx = db.transaction(['drafts', 'stories'], 'readwrite', { durability: 'strict' })
    tx.done.catch(() => undefined)
    const [draft, stored] = await Promise.all([tx.objectStore('drafts').get(id), tx.objectStore('stories').get(id)])
    if (!draft) return null
    const record = stored === undefined ? null : readRawRecord(id, stored).record
    const parsed = parseStoryFile(draft.text)
    const stories = tx.objectStore('stories')
    const writes: Promise<unknown>[] = [tx.objectStore('drafts').delete(id)]
    let outcome: DraftOutcome['outcome']
    if (!parsed.ok || parsed.story.id !== id) {
      outcome = 'unreadable'
      writes.push(stories.put({ id: `${id}-unsaved`, revision: 1, text: draft.text, createdAt: now, updatedAt: now, trashedAt: null }))
    } else if (record && record.text === draft.text) {
      outcome = 'obsolete' // the save in flight at pagehide landed: the store already holds this document
    } else if (record && (record.revision === draft.baseRevision || record.revision === draft.pendingRevision)) {
      outcome = 'promoted'
      writes.push(stories.put({ ...record, revision: record.revision + 1, text: serializeStoryFile(parsed.story), updatedAt: draft.writtenAt }))
    } else if (record && record.revision > Math.max(draft.baseRevision, draft.pendingRevision ?? 0)) {
      outcome = 'obsolete'
    } else {
      outcome = 'copied'
      writes.push(stories.put(conflictCopy(parsed.story, now)))
    }
    await Promise.all([...writes, tx.done])
    return { id, outcome }
  } catch {
    return null
  }
}
