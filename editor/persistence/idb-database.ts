import type { DBSchema, IDBPDatabase } from 'idb'
import { openDB } from 'idb'

/** The IndexedDB database of the library. Bump the version only with an upgrade step below (A-F12). */
export const libraryDatabaseName = 'storysphere-library'
/** v1: stories, media, meta; v2: drafts. */
export const libraryDatabaseVersion = 2

/** A media file: bytes as an ArrayBuffer (never Base64, never a Blob: A-P10), keyed by sha-256. */
export type MediaRecord = { sha256: string; mime: string; bytes: ArrayBuffer; size: number; storedAt: number }

/** The latest edits of an open story, written synchronously when the page goes away (see drafts.ts). */
export type DraftRecord = { id: string; text: string; baseRevision: number; pendingRevision: number | null; writtenAt: number }

/**
 * Stores: `stories` (keyPath id; values read defensively), `media` (keyPath sha256), `meta` (named
 * values), `drafts` (keyPath id; the pagehide journal, never in the same transaction as a save).
 */
export interface LibraryDb extends DBSchema {
  stories: { key: string; value: unknown }
  drafts: { key: string; value: DraftRecord }
  media: { key: string; value: MediaRecord; indexes: { storedAt: number } }
  meta: { key: string; value: unknown }
}

/** An open connection to the library database. */
export type LibraryDatabase = IDBPDatabase<LibraryDb>

/**
 * Opens (and on first use creates) the library database. `onGone` is called when the connection ends:
 * another tab opened a newer version (we close at once so it can upgrade, A-F11) or the browser
 * closed it. Rejects when IndexedDB can't be used at all (A-F14).
 */
export const openLibraryDatabase = (onGone: (why: 'newer-version' | 'terminated') => void): Promise<LibraryDatabase> =>
  openDB<LibraryDb>(libraryDatabaseName, libraryDatabaseVersion, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('stories', { keyPath: 'id' })
        db.createObjectStore('media', { keyPath: 'sha256' }).createIndex('storedAt', 'storedAt')
        db.createObjectStore('meta')
      }
      if (oldVersion < 2) db.createObjectStore('drafts', { keyPath: 'id' })
    },
    blocking(_current, _blocked, event) {
      ;(event.target as IDBDatabase).close()
      onGone('newer-version')
    },
    terminated() {
      onGone('terminated')
    },
  })
