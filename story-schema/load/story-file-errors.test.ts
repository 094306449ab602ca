import { describe, expect, it } from 'vitest'
import type { StoryFileError } from './load-result'
import { storyFileErrorTypes } from './load-result'
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

const problem = { where: "Scene 'Harbour'", message: "Scene 'Harbour' › panorama: is missing", path: ['story', 'scenes', 0, 'panoramaAssetId'] }
const errors: StoryFileError[] = [
  fileTooLargeError(12 * 1024 * 1024, 10 * 1024 * 1024),
  textTooLongError(60_000, 50_000, 'Story › title (en)', ['story', 'title', 'en']),
  tooManyValuesError(500_000),
  notTextError('The encoded data was not valid for encoding utf-8'),
  notJsonError('Unexpected token', false, 3, 7),
  notJsonError('Unexpected token', false),
  notJsonError('Unexpected end of JSON input', true),
  tooDeepError(64, new Array(100).fill(0)),
  unsafeKeyError('__proto__', "Scene 'Harbour'", ['story', 'scenes', 0, '__proto__']),
  notAStoryFileError('"format" must be "storysphere.story"'),
  versionTooNewError(7),
  invalidStoryError([problem]),
  invalidStoryError([problem, problem]),
  migrationFailedError(1, 'TypeError: x is undefined'),
]

describe('story file errors', () => {
  it('cover every error type', () => {
    expect(new Set(errors.map((error) => error.type))).toEqual(new Set(storyFileErrorTypes))
  })

  it.each(errors.map((error) => [error.type, error] as const))('%s: a plain message, details kept apart', (_, error) => {
    expect(error.message).toMatch(/^[A-Z]/)
    expect(error.message).toMatch(/[.!]$/)
    expect(error.message).not.toMatch(/\b(JSON|schema|zod|undefined|null|NaN|TypeError|position|stack)\b/)
    expect(error.detail.length).toBeGreaterThan(0)
  })

  it('say what to do', () => {
    for (const error of errors) expect(error.message).toMatch(/Check|Update|fix|Ask|ask|Make it shorter|Remove|look there/)
  })

  it('give the exact wording for a newer version (B-21), and sizes in MB', () => {
    expect(versionTooNewError(7).message).toBe('This story was made with a newer version of Storysphere (format 7). Update Storysphere to open it.')
    expect(fileTooLargeError(12 * 1024 * 1024, 10 * 1024 * 1024).message).toContain('it is 12 MB, and Storysphere opens story files of up to 10 MB')
  })

  it('put the first problem in the message, and count them', () => {
    expect(invalidStoryError([problem]).message).toContain("This story has a problem, so Storysphere cannot open it. Scene 'Harbour' › panorama: is missing.")
    expect(invalidStoryError([problem, problem]).message).toContain('This story has 2 problems')
  })

  it('keep long paths short in details', () => {
    const error = tooDeepError(64, new Array(100).fill(0))
    expect(error.path).toHaveLength(20)
    expect(error.detail).toContain('…')
  })
})
