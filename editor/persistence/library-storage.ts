import type { RepairNote, Story } from '@story-schema'

/**
 * The library's storage, as every part of the editor sees it (README.md in this folder). Two
 * implementations: IndexedDB (`idb-library-storage.ts`) and memory (`memory-library-storage.ts`, the
 * A-F14 fallback and the one unit tests use). Nothing here throws for an expected failure: every write
 * answers with `{ ok: false, reason, message }`, and every story that comes out went through
 * `parseStoryFile`.
 */

/** Where the library lives: IndexedDB on this device, or only in this page's memory (A-F14). */
export type StorageKind = 'indexeddb' | 'memory'

/** A story in the library list, read from storage and checked with `parseStoryFile`. */
export type StorySummary = {
  kind: 'story'
  id: string
  /** The title in the story's own language. */
  title: string
  language: string
  /** Integer, +1 per save; conflict detection uses it, never clocks (A-F23). */
  revision: number
  /** Display only (ms since 1970). */
  createdAt: number
  updatedAt: number
  /** When it went to the Trash; null when it is in the library. */
  trashedAt: number | null
  /** The start scene's panorama (its smallest copy), for a thumbnail. */
  thumbnail: { sha256: string; mime: string } | null
}

/** A stored record that `parseStoryFile` refuses: listed as "can't open", raw data downloadable (A-P8, A-F13). */
export type BrokenStorySummary = {
  kind: 'broken'
  id: string
  /** A best guess at the title from the raw data, if any. */
  title: string | null
  /** Why it can't be opened, in plain words (from parseStoryFile). */
  reason: string
  updatedAt: number | null
  trashedAt: number | null
}

/** One entry of `listStories()`. */
export type StoryListing = StorySummary | BrokenStorySummary

/** What `loadStory` answers. */
export type LoadStoryResult =
  | { ok: true; story: Story; revision: number; repairs: RepairNote[] }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'broken'; broken: BrokenStorySummary }
  | { ok: false; reason: 'unavailable'; message: string }

/** Why a write did not happen. `message` is plain words for the person; `detail` is technical. */
export type WriteFailureReason = 'quota' | 'conflict' | 'unavailable' | 'missing-media' | 'invalid' | 'not-found' | 'error'
/** A write that did not happen. */
export type WriteFailure = { ok: false; reason: WriteFailureReason; message: string; detail: string }

/** What a story save answers: the new revision, or why nothing was written (A-P4). */
export type SaveResult = { ok: true; revision: number; savedAt: number } | WriteFailure
/** What `putMedia` answers: the sha-256 the bytes are stored under. */
export type PutMediaResult = { ok: true; sha256: string; bytes: number } | WriteFailure
/** What trash, restore and empty-trash answer. */
export type WriteResult = { ok: true } | WriteFailure

/** How a story is saved. */
export type SaveOptions = {
  /** The revision the edit started from; 0 for a new story. A different stored revision → 'conflict'. */
  baseRevision: number
  /** Counts toward the backup reminder (A-P2); false for copying samples. @default true */
  countsAsEdit?: boolean
  /** 'strict' for explicit saves, creation, restore and imports; autosave uses the default (A-F8). */
  durability?: 'strict' | 'default'
}

/** When the last backup was downloaded and how many saves happened since (A-P2). */
export type BackupState = {
  lastBackupAt: number | null
  editsSinceBackup: number
  /** The first save after the last backup (or ever), to count days without a backup. */
  firstEditAt: number | null
}

/** Asset paths of one story mapped to object URLs; `dispose` revokes them. */
export type MediaUrlResolver = {
  resolve: (path: string) => string
  /** Package paths whose bytes are not in storage. */
  missing: string[]
  dispose: () => void
}

/** The library storage: story documents and media (by sha-256) in separate stores. */
export interface LibraryStorage {
  readonly kind: StorageKind
  /** Why IndexedDB could not be used, when `kind` is 'memory' because of a failure (technical). */
  readonly fallbackReason: string | null
  /** Every story, in the library and in the Trash, including broken ones; newest change first. */
  listStories(): Promise<StoryListing[]>
  /** `forEditing`: this tab holds the story's lock, so a draft a closed tab left is applied first. */
  loadStory(id: string, options?: { forEditing?: boolean }): Promise<LoadStoryResult>
  /** The record exactly as stored, as text, for "download raw data"; null when there is none. */
  readRawStory(id: string): Promise<string | null>
  /** One transaction: revision check, media check, write, backup counter (A-P5, A-F23). */
  saveStory(story: Story, options: SaveOptions): Promise<SaveResult>
  /**
   * For `pagehide` / hidden only: journals the open document in a write issued at once, without reads,
   * so it survives a closing tab; the next tab that takes the story's lock applies it (A-F19).
   * `pendingRevision` is the revision a save still in flight would produce, else null.
   */
  saveDraftNow(story: Story, revisions: { baseRevision: number; pendingRevision: number | null }): void
  /** Drafts of closed tabs applied when this storage opened ('copied' ones are new stories). */
  readonly recovered: readonly { id: string; outcome: 'promoted' | 'obsolete' | 'copied' | 'unreadable' }[]
  /**
   * Stores bytes under their sha-256 (idempotent). Call before saving a story that references them.
   * `known.sha256` is the bytes' hash when the caller already has it from Web Crypto (the photo
   * import hashes in its worker), so the page does not hash big files again; it is not checked.
   * The caller keeps the bytes unchanged until this answers.
   */
  putMedia(bytes: ArrayBuffer | Uint8Array, mime: string, known?: { sha256?: string }): Promise<PutMediaResult>
  hasMedia(sha256: string): Promise<boolean>
  getMediaBlob(sha256: string): Promise<Blob | null>
  trashStory(id: string): Promise<WriteResult>
  restoreStory(id: string): Promise<WriteResult>
  /** Deletes every story in the Trash for ever, then media no story uses (after a grace period). */
  emptyTrash(): Promise<WriteResult>
  /** Object URLs for every file of `story` (assets and their smaller copies). */
  mediaUrlResolver(story: Story): Promise<MediaUrlResolver>
  getBackupState(): Promise<BackupState>
  noteBackupMade(at?: number): Promise<void>
  /** Samples (by slug) already copied into this library, so a deleted sample is not copied again. */
  copiedSamples(): Promise<string[]>
  markSampleCopied(slug: string): Promise<void>
  /** Closes the connection; later calls answer 'unavailable'. */
  close(): void
}
