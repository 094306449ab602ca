import type { Story } from '@story-schema'
import type { IDBPTransaction } from 'idb'
import { countEdit, readBackupState } from './backup-state'
import type { LibraryDatabase, LibraryDb } from './idb-database'
import type { SaveOptions, SaveResult, WriteResult } from './library-storage'
import { storyMediaHashes } from './story-media'
import { nextStoryRecord, readRawRecord, revisionMatches, unreadableReason } from './story-record'
import { planEmptyTrash } from './trash-plan'
import { failureFromError, writeFailure } from './write-failure'

type Tx = IDBPTransaction<LibraryDb, ('stories' | 'media' | 'meta')[], 'readwrite'>

const abort = (tx: Tx | undefined) => {
  try {
    tx?.abort()
  } catch {
    // already finished or aborted
  }
}

/** Runs `body` in one readwrite transaction and maps any failure, reading the transaction's own error (A-F5). */
const inTransaction = async <T extends { ok: boolean }>(
  db: LibraryDatabase,
  durability: IDBTransactionDurability,
  body: (tx: Tx) => Promise<T>,
): Promise<T | ReturnType<typeof failureFromError>> => {
  let tx: Tx | undefined
  try {
    tx = db.transaction(['stories', 'media', 'meta'], 'readwrite', { durability })
    tx.done.catch(() => undefined)
    const result = await body(tx)
    if (!result.ok) return result // the body aborted and said why
    await tx.done
    return result
  } catch (error) {
    abort(tx)
    return failureFromError(error, tx?.error)
  }
}

/**
 * Saves a story in ONE transaction (A-P5). First, a story that would not load back is refused (A-P8).
 * Then: read the stored revision and check it (A-F23), check that
 * every media file it references is stored (A-F9), write the record with revision + 1, count the edit
 * for the backup reminder. Anything wrong aborts the whole transaction; "saved" is reported only
 * after the transaction's `complete` (A-P1).
 */
export const saveStoryIn = async (db: LibraryDatabase, story: Story, options: SaveOptions, now: () => number): Promise<SaveResult> => {
  const unreadable = unreadableReason(story)
  if (unreadable) return writeFailure('invalid', unreadable)
  const hashes = storyMediaHashes(story)
  const durability = options.durability === 'strict' ? 'strict' : 'default'
  return inTransaction<SaveResult>(db, durability, async (tx) => {
    const stories = tx.objectStore('stories')
    const media = tx.objectStore('media')
    const [stored, backupValue, ...present] = await Promise.all([
      stories.get(story.id),
      tx.objectStore('meta').get('backup'),
      ...hashes.map((sha256) => media.getKey(sha256)),
    ])
    const previous = stored === undefined ? null : readRawRecord(story.id, stored)
    if (previous && !previous.record) {
      abort(tx)
      return writeFailure('conflict', `${story.id} holds damaged data; not overwritten`)
    }
    const storedRevision = previous?.record?.revision
    if (!revisionMatches(storedRevision, options.baseRevision)) {
      abort(tx)
      return writeFailure('conflict', `stored revision ${storedRevision ?? 0}, edit started from ${options.baseRevision}`)
    }
    const absent = hashes.filter((_, index) => present[index] === undefined)
    if (absent.length > 0) {
      abort(tx)
      return writeFailure('missing-media', `not stored: ${absent.join(', ')}`)
    }
    const at = now()
    const record = nextStoryRecord(story, previous?.record ?? undefined, at)
    const writes: Promise<unknown>[] = [stories.put(record)]
    if (options.countsAsEdit !== false) writes.push(tx.objectStore('meta').put(countEdit(readBackupState(backupValue), at), 'backup'))
    await Promise.all(writes)
    return { ok: true, revision: record.revision, savedAt: at }
  })
}

/** Sets or clears a record's Trash time, leaving its revision and content alone. */
export const setTrashedIn = async (db: LibraryDatabase, id: string, trashedAt: number | null): Promise<WriteResult> =>
  inTransaction<WriteResult>(db, 'strict', async (tx) => {
    const stories = tx.objectStore('stories')
    const value = await stories.get(id)
    if (!value || typeof value !== 'object') {
      abort(tx)
      return writeFailure('not-found', id)
    }
    await stories.put({ ...value, id, trashedAt })
    return { ok: true }
  })

/** Deletes the stories in the Trash and the media nothing mentions any more, in one transaction. */
export const emptyTrashIn = async (db: LibraryDatabase, now: number, graceMs?: number): Promise<WriteResult> =>
  inTransaction<WriteResult>(db, 'strict', async (tx) => {
    const stories = tx.objectStore('stories')
    const [keys, values] = await Promise.all([stories.getAllKeys(), stories.getAll()])
    const media: { sha256: string; storedAt: number }[] = []
    let cursor = await tx.objectStore('media').index('storedAt').openKeyCursor()
    while (cursor) {
      media.push({ sha256: String(cursor.primaryKey), storedAt: Number(cursor.key) })
      cursor = await cursor.continue()
    }
    const records = keys.map((key, index) => readRawRecord(key, values[index]))
    const plan = planEmptyTrash(records, media, now, graceMs)
    await Promise.all([...plan.storyIds.map((id) => stories.delete(id)), ...plan.mediaHashes.map((sha) => tx.objectStore('media').delete(sha))])
    return { ok: true }
  })

/** Stores bytes under their sha-256 unless they are there already. */
export const putMediaIn = async (db: LibraryDatabase, sha256: string, mime: string, bytes: ArrayBuffer, now: number): Promise<WriteResult> =>
  inTransaction<WriteResult>(db, 'default', async (tx) => {
    const media = tx.objectStore('media')
    if ((await media.getKey(sha256)) === undefined) await media.put({ sha256, mime, bytes, size: bytes.byteLength, storedAt: now })
    return { ok: true }
  })
