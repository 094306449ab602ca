import type { StoryIssue } from '../check/story-issue'
import type { Story } from '../records/story'
import type { JsonPath } from './plain-data'
import type { RepairNote } from './repair/repair-note'

/**
 * What `parseStoryFile` returns: a story with the repairs it needed and the checks' findings, or one
 * error. Every error has a `message` written for the person opening the file (plain words, what to do)
 * and a `detail` with the technical reason, for a "details" toggle. Nothing is ever thrown.
 */
export type LoadResult =
  | { ok: true; story: Story; repairs: RepairNote[]; warnings: StoryIssue[] }
  | { ok: false; error: StoryFileError }

/** One reason a story could not be used, with the place in words and as a path. */
export type LoadProblem = {
  /** The place in words: "Scene 'Harbour' › hotspot 'Door' › target". */
  where: string
  /** A full sentence starting with the place: "Scene 'Harbour' › hotspot 'Door' › target: must be an id like …". */
  message: string
  /** Where it is in the file: `['story', 'scenes', 2, 'hotspots', 1, 'targetSceneId']`. */
  path: JsonPath
}

type ErrorBase = { message: string; detail: string }

/** The file (or one piece of text, or the number of values in it) is over a limit (B-17). */
export type TooLargeError = ErrorBase & {
  type: 'tooLarge'
  limit: 'bytes' | 'stringLength' | 'valueCount'
  /** How big it is, when known (bytes or characters). */
  actual?: number
  max: number
  where?: string
  path?: JsonPath
}
/** The bytes are not UTF-8 text (B-16). */
export type NotTextError = ErrorBase & { type: 'notText' }
/** The text is not JSON; line and column (1-based) when known (B-16). */
export type NotJsonError = ErrorBase & { type: 'notJson'; line?: number; column?: number }
/** Objects and lists are nested deeper than allowed (B-18). */
export type TooDeepError = ErrorBase & { type: 'tooDeep'; maxDepth: number; path: JsonPath }
/** A key such as `__proto__` appears somewhere (B-19). */
export type UnsafeKeyError = ErrorBase & { type: 'unsafeKey'; key: string; where: string; path: JsonPath }
/** Valid data, but not a Storysphere story file (wrong format tag, bad version, not plain data). */
export type NotAStoryFileError = ErrorBase & { type: 'notAStoryFile' }
/** Made by a newer Storysphere (B-21). */
export type VersionTooNewError = ErrorBase & { type: 'versionTooNew'; fileVersion: number; currentVersion: number }
/** A story file whose content breaks the rules (B-20, B-22), or that could not be updated. */
export type InvalidStoryError = ErrorBase & { type: 'invalidStory'; problems: LoadProblem[] }

/** Why a story file could not be opened; switch on `type`. */
export type StoryFileError =
  | TooLargeError
  | NotTextError
  | NotJsonError
  | TooDeepError
  | UnsafeKeyError
  | NotAStoryFileError
  | VersionTooNewError
  | InvalidStoryError

/** Every error type, for exhaustive tables and UI mappings. */
export const storyFileErrorTypes = [
  'tooLarge',
  'notText',
  'notJson',
  'tooDeep',
  'unsafeKey',
  'notAStoryFile',
  'versionTooNew',
  'invalidStory',
] as const satisfies readonly StoryFileError['type'][]
