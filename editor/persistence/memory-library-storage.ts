import type { Story } from '@story-schema'
import { backupMade, countEdit, initialBackupState } from './backup-state'
import type { BackupState, LibraryStorage, SaveOptions, SaveResult, StoryListing, WriteResult } from './library-storage'
import { createMediaUrlResolver } from './media-url-resolver'
import { sha256Hex, toArrayBuffer } from './sha256'
import { storyMediaHashes } from './story-media'
import { byLastChange, createRecordReader, nextStoryRecord, rawText, readRawRecord, revisionMatches, unreadableReason } from './story-record'
import { planEmptyTrash } from './trash-plan'
import { writeFailure } from './write-failure'

/** Options of the memory storage; tests use `now`, `quotaBytes` and `seed`. */
export type MemoryStorageOptions = {
  now?: () => number
  /** Refuse writes that would hold more than this many bytes (texts + media), like a full disk. */
  quotaBytes?: number
  /** Why IndexedDB could not be used, when this is the A-F14 fallback. */
  fallbackReason?: string | null
  /** Raw values put into the stories store as they are (A-F13 tests). */
  seed?: Record<string, unknown>
  mediaGraceMs?: number
}

type MediaEntry = { sha256: string; mime: string; bytes: ArrayBuffer; storedAt: number }

/** The library in this page's memory: the same rules as IndexedDB, gone when the page closes. */
export const createMemoryLibraryStorage = (options: MemoryStorageOptions = {}): LibraryStorage => {
  const now = options.now ?? Date.now
  const stories = new Map<string, unknown>(Object.entries(options.seed ?? {}))
  const media = new Map<string, MediaEntry>()
  const samples = new Set<string>()
  const reader = createRecordReader()
  let backup: BackupState = initialBackupState
  let closed = false

  const used = (): number =>
    [...stories.values()].reduce<number>((sum, value) => sum + rawText(value).length, 0) +
    [...media.values()].reduce((sum, entry) => sum + entry.bytes.byteLength, 0)
  const fits = (extra: number): boolean => options.quotaBytes === undefined || used() + extra <= options.quotaBytes
  const raw = (id: string) => readRawRecord(id, stories.get(id))
  const closedFailure = () => writeFailure('unavailable', 'the storage was closed')

  const saveStory = async (story: Story, { baseRevision, countsAsEdit = true }: SaveOptions): Promise<SaveResult> => {
    if (closed) return closedFailure()
    const unreadable = unreadableReason(story)
    if (unreadable) return writeFailure('invalid', unreadable)
    const previous = stories.has(story.id) ? raw(story.id) : null
    if (previous && !previous.record) return writeFailure('conflict', `${story.id} holds damaged data`)
    if (!revisionMatches(previous?.record?.revision, baseRevision)) {
      return writeFailure('conflict', `stored revision ${previous?.record?.revision ?? 0}, edit started from ${baseRevision}`)
    }
    const absent = storyMediaHashes(story).filter((sha256) => !media.has(sha256))
    if (absent.length > 0) return writeFailure('missing-media', `not stored: ${absent.join(', ')}`)
    const at = now()
    const record = nextStoryRecord(story, previous?.record ?? undefined, at)
    if (!fits(record.text.length - (previous?.record?.text.length ?? 0))) return writeFailure('quota', 'memory quota reached')
    stories.set(story.id, record)
    if (countsAsEdit) backup = countEdit(backup, at)
    return { ok: true, revision: record.revision, savedAt: at }
  }

  const setTrashed = async (id: string, trashedAt: number | null): Promise<WriteResult> => {
    if (closed) return closedFailure()
    const value = stories.get(id)
    if (!value || typeof value !== 'object') return writeFailure('not-found', id)
    stories.set(id, { ...value, trashedAt })
    return { ok: true }
  }

  return {
    kind: 'memory',
    fallbackReason: options.fallbackReason ?? null,
    recovered: [],
    listStories: async (): Promise<StoryListing[]> => [...stories.keys()].map((id) => reader.summary(raw(id))).sort(byLastChange),
    loadStory: async (id) => (stories.has(id) ? reader.load(raw(id)) : { ok: false, reason: 'not-found' }),
    readRawStory: async (id) => (stories.has(id) ? rawText(stories.get(id)) : null),
    saveStory,
    // Memory goes with the page; there is nothing that could outlive it.
    saveDraftNow: () => undefined,
    putMedia: async (bytes, mime, known) => {
      if (closed) return closedFailure()
      const sha256 = known?.sha256 ?? (await sha256Hex(bytes))
      if (!media.has(sha256)) {
        if (!fits(bytes.byteLength)) return writeFailure('quota', 'memory quota reached')
        media.set(sha256, { sha256, mime, bytes: toArrayBuffer(bytes), storedAt: now() })
      }
      return { ok: true, sha256, bytes: bytes.byteLength }
    },
    hasMedia: async (sha256) => media.has(sha256),
    getMediaBlob: async (sha256) => {
      const entry = media.get(sha256)
      return entry ? new Blob([entry.bytes], { type: entry.mime }) : null
    },
    trashStory: (id) => setTrashed(id, now()),
    restoreStory: (id) => setTrashed(id, null),
    emptyTrash: async () => {
      if (closed) return closedFailure()
      const plan = planEmptyTrash([...stories.keys()].map(raw), [...media.values()], now(), options.mediaGraceMs)
      for (const id of plan.storyIds) {
        stories.delete(id)
        reader.forget(id)
      }
      for (const sha256 of plan.mediaHashes) media.delete(sha256)
      return { ok: true }
    },
    mediaUrlResolver: (story) => createMediaUrlResolver(story, async (sha256) => {
      const entry = media.get(sha256)
      return entry ? new Blob([entry.bytes], { type: entry.mime }) : null
    }),
    getBackupState: async () => backup,
    noteBackupMade: async (at = now()) => {
      backup = backupMade(at)
    },
    copiedSamples: async () => [...samples],
    markSampleCopied: async (slug) => {
      samples.add(slug)
    },
    close: () => {
      closed = true
    },
  }
}
