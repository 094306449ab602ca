import { backupMade, readBackupState } from './backup-state'
import type { LibraryDatabase } from './idb-database'
import type { DraftOutcome } from './idb-drafts'
import { recoverDraft, writeDraftNow } from './idb-drafts'
import { emptyTrashIn, putMediaIn, saveStoryIn, setTrashedIn } from './idb-story-writes'
import type { LibraryStorage, StoryListing } from './library-storage'
import { createMediaUrlResolver } from './media-url-resolver'
import { sha256Hex, toArrayBuffer } from './sha256'
import { byLastChange, createRecordReader, rawText, readRawRecord } from './story-record'
import { failureFromError, writeFailure } from './write-failure'

/** Options of the IndexedDB storage. */
export type IdbStorageOptions = { now?: () => number; mediaGraceMs?: number; recovered?: DraftOutcome[] }

/**
 * The library in IndexedDB (see library-storage.ts for the contract). `connection` is the open
 * database; `closedBecause` says why it went away (another tab upgraded it, the browser closed it),
 * after which every call answers 'unavailable' and nothing is reloaded (A-P4, A-F11).
 */
export const createIdbLibraryStorage = (
  connection: LibraryDatabase,
  closedBecause: () => string | null,
  options: IdbStorageOptions = {},
): LibraryStorage => {
  const now = options.now ?? Date.now
  const reader = createRecordReader()
  let closedByUs = false
  const db = (): LibraryDatabase | null => (closedByUs || closedBecause() ? null : connection)
  const gone = () => writeFailure('unavailable', closedBecause() ?? 'the storage was closed')

  const read = async <T>(body: (db: LibraryDatabase) => Promise<T>, fallback: T): Promise<T> => {
    const open = db()
    if (!open) return fallback
    try {
      return await body(open)
    } catch {
      return fallback
    }
  }

  const getMediaBlob = (sha256: string) =>
    read(async (open) => {
      const entry = await open.get('media', sha256)
      return entry ? new Blob([entry.bytes], { type: entry.mime }) : null
    }, null)

  return {
    kind: 'indexeddb',
    fallbackReason: null,
    recovered: options.recovered ?? [],
    listStories: () =>
      read(async (open) => {
        const tx = open.transaction('stories', 'readonly')
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
        return keys.map((key, index) => reader.summary(readRawRecord(key, values[index]))).sort(byLastChange)
      }, [] as StoryListing[]),
    loadStory: async (id, loadOptions) => {
      const open = db()
      if (!open) return { ok: false, reason: 'unavailable', message: gone().message }
      try {
        if (loadOptions?.forEditing) await recoverDraft(open, id, now())
        const value = await open.get('stories', id)
        return value === undefined ? { ok: false, reason: 'not-found' } : reader.load(readRawRecord(id, value))
      } catch (error) {
        return { ok: false, reason: 'unavailable', message: failureFromError(error).message }
      }
    },
    readRawStory: (id) => read(async (open) => {
      const value = await open.get('stories', id)
      return value === undefined ? null : rawText(value)
    }, null),
    saveStory: async (story, saveOptions) => {
      const open = db()
      if (!open) return gone()
      const result = await saveStoryIn(open, story, saveOptions, now)
      if (result.ok) reader.forget(story.id)
      return result
    },
    saveDraftNow: (story, { baseRevision, pendingRevision }) => {
      const open = db()
      try {
        if (open) writeDraftNow(open, story, baseRevision, pendingRevision, now())
      } catch {
        // the page is going away; nothing more can be done here
      }
    },
    putMedia: async (bytes, mime, known) => {
      const open = db()
      if (!open) return gone()
      const sha256 = known?.sha256 ?? (await sha256Hex(bytes))
      // IndexedDB copies the bytes as it stores them, so a whole ArrayBuffer needs no copy of its own.
      const result = await putMediaIn(open, sha256, mime, bytes instanceof ArrayBuffer ? bytes : toArrayBuffer(bytes), now())
      return result.ok ? { ok: true, sha256, bytes: bytes.byteLength } : result
    },
    hasMedia: (sha256) => read(async (open) => (await open.getKey('media', sha256)) !== undefined, false),
    getMediaBlob,
    trashStory: async (id) => {
      const open = db()
      return open ? setTrashedIn(open, id, now()) : gone()
    },
    restoreStory: async (id) => {
      const open = db()
      return open ? setTrashedIn(open, id, null) : gone()
    },
    emptyTrash: async () => {
      const open = db()
      return open ? emptyTrashIn(open, now(), options.mediaGraceMs) : gone()
    },
    mediaUrlResolver: (story) => createMediaUrlResolver(story, getMediaBlob),
    getBackupState: () => read(async (open) => readBackupState(await open.get('meta', 'backup')), readBackupState(null)),
    noteBackupMade: async (at = now()) => {
      await read(async (open) => open.put('meta', backupMade(at), 'backup'), undefined)
    },
    copiedSamples: () =>
      read(async (open) => {
        const value = await open.get('meta', 'samples')
        return Array.isArray(value) ? value.filter((slug): slug is string => typeof slug === 'string') : []
      }, [] as string[]),
    markSampleCopied: async (slug) => {
      await read(async (open) => {
        const tx = open.transaction('meta', 'readwrite')
        const value = await tx.store.get('samples')
        const slugs = new Set(Array.isArray(value) ? value : [])
        slugs.add(slug)
        await Promise.all([tx.store.put([...slugs], 'samples'), tx.done])
      }, undefined)
    },
    close: () => {
      closedByUs = true
      connection.close()
    },
  }
}
