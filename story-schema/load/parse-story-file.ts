import { checkStory } from '../check/check-story'
import { limits } from '../limits'
import { migrateStoryFile } from '../migrations/migrate-story-file'
import { describePlace } from './describe-place'
import { gateEnvelope } from './gate-envelope'
import type { LoadProblem, LoadResult, StoryFileError } from './load-result'
import { parseJsonText } from './parse-json-text'
import type { UnknownRecord } from './plain-data'
import { ownValue, setOwn } from './plain-data'
import { isArrayBuffer, readStoryText } from './read-story-text'
import { repairStory } from './repair/repair-story'
import type { ScanFinding } from './scan-json-value'
import { scanJsonValue } from './scan-json-value'
import {
  fileTooLargeError,
  invalidStoryError,
  migrationFailedError,
  notAStoryFileError,
  notJsonError,
  notTextError,
  textTooLongError,
  tooDeepError,
  tooManyValuesError,
  unsafeKeyError,
  versionTooNewError,
} from './story-file-errors'
import { validateStoryFile } from './validate-story-file'

/**
 * THE one door for every story (architecture.md B4): files opened or dropped, pasted text, the editor's
 * autosave and the player. Size cap → UTF-8 → JSON → iterative pre-scan → envelope and version →
 * migrate → repair → strict validation → checks. Never throws: every outcome is a `LoadResult`.
 */
export type LoadLimits = {
  storyFileMaxBytes: number
  maxJsonDepth: number
  maxJsonNodes: number
  maxStringLength: number
}

export type ParseStoryFileOptions = {
  /** Language for names in messages ("Scene 'Hamna'"); default: the story's own language. */
  language?: string
  /** Different limits (tests use smaller ones); default: `limits`. */
  limits?: Partial<LoadLimits>
}

const fail = (error: StoryFileError): LoadResult => ({ ok: false, error })

const scanError = (finding: ScanFinding, data: unknown, language?: string): StoryFileError => {
  switch (finding.kind) {
    case 'tooDeep':
      return tooDeepError(finding.maxDepth, finding.path)
    case 'tooManyValues':
      return tooManyValuesError(finding.maxValues)
    case 'longString':
      return textTooLongError(finding.length, finding.maxLength, describePlace(data, finding.path, language), finding.path)
    case 'unsafeKey':
      return unsafeKeyError(finding.key, describePlace(data, finding.path.slice(0, -1), language), finding.path)
    case 'notPlainData':
      return notAStoryFileError(`${finding.what} at ${finding.path.join('.') || 'the top'}`)
  }
}

const isBytes = (input: unknown): input is Uint8Array | ArrayBuffer | ArrayBufferView =>
  input instanceof Uint8Array || isArrayBuffer(input) || ArrayBuffer.isView(input)

const asBytes = (input: Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array | ArrayBuffer =>
  input instanceof Uint8Array || isArrayBuffer(input) ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength)

const load = (input: unknown, options: ParseStoryFileOptions): LoadResult => {
  const caps: LoadLimits = { ...limits, ...options.limits }
  const { language } = options
  let data: unknown = input
  if (typeof input === 'string' || isBytes(input)) {
    const text = readStoryText(typeof input === 'string' ? input : asBytes(input), caps.storyFileMaxBytes)
    if (!text.ok) return fail(text.reason === 'tooLarge' ? fileTooLargeError(text.bytes, text.maxBytes) : notTextError(text.detail))
    const parsed = parseJsonText(text.text)
    if (!parsed.ok) return fail(notJsonError(parsed.detail, parsed.empty, parsed.line, parsed.column))
    data = parsed.value
  }
  const finding = scanJsonValue(data, caps)
  if (finding) return fail(scanError(finding, data, language))

  const gate = gateEnvelope(data)
  if (!gate.ok) return fail(gate.reason === 'versionTooNew' ? versionTooNewError(gate.fileVersion) : notAStoryFileError(gate.detail))

  let migrated: { schemaVersion: number; story: unknown }
  try {
    migrated = migrateStoryFile(gate.file)
  } catch (error) {
    return fail(migrationFailedError(gate.file.schemaVersion, error instanceof Error ? error.message : String(error)))
  }

  const repaired = repairStory(migrated.story, language)
  const candidate: UnknownRecord = {}
  for (const key of Object.keys(gate.file)) setOwn(candidate, key, ownValue(gate.file, key))
  setOwn(candidate, 'schemaVersion', migrated.schemaVersion)
  setOwn(candidate, 'story', repaired.value)

  const valid = validateStoryFile(candidate, language)
  if (!valid.ok) return fail(invalidStoryError(valid.problems))

  const story = valid.file.story
  const warnings = checkStory(story)
  const blocking = warnings.filter((issue) => issue.severity === 'error' && issue.code === 'missing-start-scene')
  if (blocking.length > 0) {
    const problems: LoadProblem[] = blocking.map((issue) => ({
      where: issue.where,
      message: `${issue.where}: ${issue.message}`,
      path: ['story', 'startSceneId'],
    }))
    return fail(invalidStoryError(problems))
  }
  return { ok: true, story, repairs: repaired.repairs, warnings }
}

/**
 * Reads a story from bytes, text or already-parsed data, and returns it ready to use (repaired,
 * validated and checked) or the reason it cannot be used. Never throws.
 */
export const parseStoryFile = (input: string | Uint8Array | ArrayBuffer | unknown, options: ParseStoryFileOptions = {}): LoadResult => {
  try {
    return load(input, options ?? {})
  } catch (error) {
    // Last-resort guard: a bug, or a hostile object handed in by code (a Proxy that throws), never escapes.
    return fail(invalidStoryError([], `unexpected failure: ${error instanceof Error ? error.message : String(error)}`))
  }
}
