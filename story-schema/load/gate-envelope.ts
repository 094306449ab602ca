import { CURRENT_SCHEMA_VERSION, STORY_FILE_FORMAT, storyFileEnvelopeSchema } from '../story-file'
import type { UnknownRecord } from './plain-data'
import { isRecord, ownValue } from './plain-data'

/**
 * The envelope gate (architecture.md B4 steps 2–3): is this a Storysphere story file at all, and of
 * a version this app can read? A newer version is refused as such even when the rest of it looks
 * strange, since a newer format may have changed it (B-21).
 */
export type EnvelopeResult =
  | { ok: true; file: UnknownRecord & { schemaVersion: number; story: UnknownRecord } }
  | { ok: false; reason: 'versionTooNew'; fileVersion: number }
  | { ok: false; reason: 'notAStoryFile'; detail: string }

/** Checks the envelope of already-parsed data. */
export const gateEnvelope = (value: unknown): EnvelopeResult => {
  if (!isRecord(value)) return { ok: false, reason: 'notAStoryFile', detail: 'The data is not an object.' }
  const format = ownValue(value, 'format')
  if (format !== STORY_FILE_FORMAT) {
    const found = typeof format === 'string' ? `"${format.slice(0, 80)}"` : 'missing'
    return { ok: false, reason: 'notAStoryFile', detail: `"format" must be "${STORY_FILE_FORMAT}" (it is ${found}).` }
  }
  const version = ownValue(value, 'schemaVersion')
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, reason: 'versionTooNew', fileVersion: version }
  }
  const envelope = storyFileEnvelopeSchema.safeParse(value)
  if (!envelope.success) {
    const first = envelope.error.issues[0]
    const where = first && first.path.length > 0 ? first.path.map(String).join('.') : 'the file'
    return { ok: false, reason: 'notAStoryFile', detail: `${where}: ${first?.message ?? 'not a story file envelope'}` }
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'notAStoryFile', detail: `"schemaVersion" must be a whole number from 1 (it is ${String(version)}).` }
  }
  return { ok: true, file: value as UnknownRecord & { schemaVersion: number; story: UnknownRecord } }
}
