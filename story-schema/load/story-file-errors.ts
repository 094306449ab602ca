import { CURRENT_SCHEMA_VERSION } from '../story-file'
import type {
  InvalidStoryError,
  LoadProblem,
  NotAStoryFileError,
  NotJsonError,
  NotTextError,
  TooDeepError,
  TooLargeError,
  UnsafeKeyError,
  VersionTooNewError,
} from './load-result'
import type { JsonPath } from './plain-data'
import { pathToString } from './plain-data'

/**
 * The errors `parseStoryFile` returns, each with a message for a 14-year-old: what is wrong, in
 * plain words, and what to do. Technical detail goes in `detail`, for a "details" toggle.
 */
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
const count = (n: number): string => n.toLocaleString('en-US')
const pickedRightFile = 'Check that you picked the right file.'

/** The file is bigger than `maxBytes`. */
export const fileTooLargeError = (bytes: number, maxBytes: number): TooLargeError => ({
  type: 'tooLarge',
  limit: 'bytes',
  actual: bytes,
  max: maxBytes,
  message:
    `This file is too big to be a story: it is ${megabytes(bytes)}, and Storysphere opens story files of up to ` +
    `${megabytes(maxBytes)}. ${pickedRightFile}`,
  detail: `${bytes} bytes > ${maxBytes}`,
})

/** One text in the file is longer than `maxLength` characters. */
export const textTooLongError = (length: number, maxLength: number, where: string, path: JsonPath): TooLargeError => ({
  type: 'tooLarge',
  limit: 'stringLength',
  actual: length,
  max: maxLength,
  where,
  path,
  message:
    `This story has a piece of text that is far too long (${count(length)} characters; the most is ` +
    `${count(maxLength)}) at ${where}. Make it shorter and try again.`,
  detail: `string of ${length} characters at ${pathToString(path)}`,
})

/** The file holds more than `maxValues` values. */
export const tooManyValuesError = (maxValues: number): TooLargeError => ({
  type: 'tooLarge',
  limit: 'valueCount',
  max: maxValues,
  message:
    `This file holds far more things than any story could (more than ${count(maxValues)}), so Storysphere will ` +
    `not open it. ${pickedRightFile}`,
  detail: `more than ${maxValues} JSON values`,
})

/** The bytes are not UTF-8 text. */
export const notTextError = (detail: string): NotTextError => ({
  type: 'notText',
  message:
    'This file is not a text file that Storysphere can read, so it cannot be a story. ' +
    `${pickedRightFile} If you edited the story by hand, save it as "UTF-8" text and try again.`,
  detail,
})

/** The text is not JSON. */
export const notJsonError = (detail: string, empty: boolean, line?: number, column?: number): NotJsonError => ({
  type: 'notJson',
  ...(line === undefined ? {} : { line, column }),
  message: empty
    ? `This file is empty, so there is no story in it. ${pickedRightFile}`
    : line === undefined
      ? `This file is not a story that Storysphere can read: its text is broken. ${pickedRightFile}`
      : `This file is not a story that Storysphere can read: its text is broken at line ${line}, column ${column}. ` +
        'If you edited it by hand, look there for a missing comma, quote mark or bracket.',
  detail,
})

/** Objects and lists are nested more than `maxDepth` levels deep. */
export const tooDeepError = (maxDepth: number, path: JsonPath): TooDeepError => ({
  type: 'tooDeep',
  maxDepth,
  path: path.slice(0, 20),
  message:
    `This file is nested far too deeply (more than ${maxDepth} levels inside each other), so Storysphere will ` +
    `not open it. ${pickedRightFile}`,
  detail: `nesting deeper than ${maxDepth} at ${pathToString(path.slice(0, 20))}${path.length > 20 ? '…' : ''}`,
})

/** A key such as `__proto__` appears in the file. */
export const unsafeKeyError = (key: string, where: string, path: JsonPath): UnsafeKeyError => ({
  type: 'unsafeKey',
  key,
  where,
  path,
  message:
    `This story uses the name "${key}" in ${where === 'The file' ? 'the file' : where}. Storysphere refuses ` +
    'that name because it can be used to break into apps. Remove it from the file, or ask the person who sent ' +
    'it for a clean copy.',
  detail: `key "${key}" at ${pathToString(path)}`,
})

/** Valid data, but not a Storysphere story. */
export const notAStoryFileError = (detail: string): NotAStoryFileError => ({
  type: 'notAStoryFile',
  message:
    `This file is not a Storysphere story. ${pickedRightFile} Story files end in ".json" and are saved by ` +
    'Storysphere.',
  detail,
})

/** The file was made by a newer Storysphere. */
export const versionTooNewError = (fileVersion: number): VersionTooNewError => ({
  type: 'versionTooNew',
  fileVersion,
  currentVersion: CURRENT_SCHEMA_VERSION,
  message: `This story was made with a newer version of Storysphere (format ${fileVersion}). Update Storysphere to open it.`,
  detail: `schemaVersion ${fileVersion} > ${CURRENT_SCHEMA_VERSION}`,
})

/** The story breaks the format's rules. */
export const invalidStoryError = (problems: LoadProblem[], detail = ''): InvalidStoryError => {
  const first = problems[0]?.message
  const fix = 'If you made this story, fix it and try again; if someone sent it to you, ask them to fix it.'
  const message =
    problems.length === 0
      ? `Storysphere could not read this story. ${fix}`
      : problems.length === 1
        ? `This story has a problem, so Storysphere cannot open it. ${first}. ${fix}`
        : `This story has ${problems.length} problems, so Storysphere cannot open it. The first one: ${first}. ${fix}`
  return { type: 'invalidStory', problems, message, detail: detail || problems.map((problem) => problem.message).join('\n') }
}

/** A migration step threw on this file's data. */
export const migrationFailedError = (fromVersion: number, cause: string): InvalidStoryError => ({
  ...invalidStoryError([], `migrating from format ${fromVersion} failed: ${cause}`),
  message:
    `This story is in an older format (format ${fromVersion}), and Storysphere could not update it because ` +
    'part of it is broken. Ask the person who made it for a fresh copy.',
})
