import type { LoadResult, Story } from '@story-schema'
import { localize, parseStoryFile, serializeStoryFile } from '@story-schema'
import type { BrokenStorySummary, LoadStoryResult, StorySummary } from './library-storage'
import { storyThumbnail } from './story-media'

/**
 * A story as kept in storage: the story file text (written by `serializeStoryFile`) with its integer
 * revision and display times. Whatever comes back out goes through `parseStoryFile` (A-P8).
 */
export type StoryRecord = {
  id: string
  /** +1 per save, inside the save's transaction (A-F23). */
  revision: number
  text: string
  createdAt: number
  updatedAt: number
  trashedAt: number | null
}

/** The record that a save of `story` writes over `previous` (revision + 1, Trash state kept). */
export const nextStoryRecord = (story: Story, previous: StoryRecord | undefined, now: number): StoryRecord => ({
  id: story.id,
  revision: (previous?.revision ?? 0) + 1,
  text: serializeStoryFile(story),
  createdAt: previous?.createdAt ?? now,
  updatedAt: now,
  trashedAt: previous?.trashedAt ?? null,
})

/** Compare-and-swap on revisions: a save must start from the stored revision (0 = a new story). */
export const revisionMatches = (stored: number | undefined, baseRevision: number): boolean => (stored ?? 0) === baseRevision

const numberOr = <T>(value: unknown, fallback: T): number | T => (typeof value === 'number' && Number.isFinite(value) ? value : fallback)

/** Whatever is stored under a key, read defensively: junk never throws here (A-F13). */
export type RawStoryRecord = { id: string; value: unknown; record: StoryRecord | null }

/** Reads a stored value; `record` is null when it does not even have the record's shape. */
export const readRawRecord = (key: unknown, value: unknown): RawStoryRecord => {
  const id = String(key)
  if (!value || typeof value !== 'object') return { id, value, record: null }
  const v = value as Record<string, unknown>
  if (typeof v.text !== 'string' || typeof v.revision !== 'number') return { id, value, record: null }
  const record: StoryRecord = {
    id,
    revision: v.revision,
    text: v.text,
    createdAt: numberOr(v.createdAt, 0),
    updatedAt: numberOr(v.updatedAt, 0),
    trashedAt: numberOr(v.trashedAt, null),
  }
  return { id, value, record }
}

/** The stored value as text, for "download raw data". */
export const rawText = (value: unknown): string => {
  if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
    return (value as { text: string }).text
  }
  try {
    return JSON.stringify(value, null, 2) ?? String(value)
  } catch {
    return String(value)
  }
}

const guessTitle = (text: string): string | null => {
  const match = /"title"\s*:\s*\{\s*"[^"]*"\s*:\s*"((?:[^"\\]|\\.){1,200})"/.exec(text)
  return match?.[1] ?? null
}

/** Parses records, remembering the answer per id and revision (the library list re-reads often). */
export const createRecordReader = () => {
  const cache = new Map<string, { key: string; result: LoadResult }>()
  const parse = (record: StoryRecord): LoadResult => {
    const key = `${record.revision}:${record.text.length}:${record.updatedAt}`
    const hit = cache.get(record.id)
    if (hit?.key === key) return hit.result
    const result = parseStoryFile(record.text)
    cache.set(record.id, { key, result })
    return result
  }

  const broken = (raw: RawStoryRecord, reason: string): BrokenStorySummary => ({
    kind: 'broken',
    id: raw.id,
    title: raw.record ? guessTitle(raw.record.text) : null,
    reason,
    updatedAt: raw.record?.updatedAt ?? null,
    trashedAt: raw.record?.trashedAt ?? numberOr((raw.value as { trashedAt?: unknown } | null)?.trashedAt, null),
  })

  /** The stored value as a story with its revision, or why it can't be used. */
  const load = (raw: RawStoryRecord): LoadStoryResult => {
    if (!raw.record) return { ok: false, reason: 'broken', broken: broken(raw, 'The saved data is not a story record.') }
    const result = parse(raw.record)
    if (!result.ok) return { ok: false, reason: 'broken', broken: broken(raw, result.error.message) }
    if (result.story.id !== raw.id) {
      return { ok: false, reason: 'broken', broken: broken(raw, `The story inside is ${result.story.id}, not ${raw.id}.`) }
    }
    return { ok: true, story: result.story, revision: raw.record.revision, repairs: result.repairs }
  }

  /** The list entry for a stored value. */
  const summary = (raw: RawStoryRecord): StorySummary | BrokenStorySummary => {
    const loaded = load(raw)
    if (!loaded.ok) return loaded.reason === 'broken' ? loaded.broken : broken(raw, 'unknown')
    const { story } = loaded
    const record = raw.record as StoryRecord
    return {
      kind: 'story',
      id: story.id,
      title: localize(story.title, story.language, story.language),
      language: story.language,
      revision: record.revision,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      trashedAt: record.trashedAt,
      thumbnail: storyThumbnail(story),
    }
  }

  return { load, summary, forget: (id: string) => cache.delete(id) }
}

/** Newest change first; broken records by id at the end. */
export const byLastChange = (a: StorySummary | BrokenStorySummary, b: StorySummary | BrokenStorySummary): number =>
  (b.updatedAt ?? -1) - (a.updatedAt ?? -1) || a.id.localeCompare(b.id)

/** The sha-256 values a stored text mentions (also for broken records, so their media are never collected). */
export const hashesMentioned = (text: string): string[] => text.match(/[0-9a-f]{64}/g) ?? []

/** Why a story would not load back (then it is never written, A-P8); null when it would. */
export const unreadableReason = (story: Story): string | null => {
  const result = parseStoryFile(serializeStoryFile(story))
  if (!result.ok) return `${result.error.message} (${result.error.detail})`
  return result.story.id === story.id ? null : `the story id ${String(story.id)} did not survive loading`
}
