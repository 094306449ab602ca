import type { RawStoryRecord } from './story-record'
import { hashesMentioned, rawText } from './story-record'

/** Media not used by any story are kept this long after they were stored (a photo being added elsewhere). */
export const mediaGraceMs = 10 * 60 * 1000

/** A record's Trash time, also for records too damaged to parse. */
export const trashedAtOf = (raw: RawStoryRecord): number | null => {
  if (raw.record) return raw.record.trashedAt
  const value = raw.value as { trashedAt?: unknown } | null
  return value && typeof value === 'object' && typeof value.trashedAt === 'number' ? value.trashedAt : null
}

/**
 * What emptying the Trash deletes: every story in the Trash, and the media that no remaining record
 * mentions (broken ones included) and that are older than the grace period (A-P5).
 */
export const planEmptyTrash = (
  records: RawStoryRecord[],
  media: { sha256: string; storedAt: number }[],
  now: number,
  graceMs: number = mediaGraceMs,
): { storyIds: string[]; mediaHashes: string[] } => {
  const trashed = records.filter((raw) => trashedAtOf(raw) !== null)
  const kept = records.filter((raw) => trashedAtOf(raw) === null)
  const used = new Set(kept.flatMap((raw) => hashesMentioned(rawText(raw.value))))
  return {
    storyIds: trashed.map((raw) => raw.id),
    mediaHashes: media.filter((m) => !used.has(m.sha256) && now - m.storedAt >= graceMs).map((m) => m.sha256),
  }
}
