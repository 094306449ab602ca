/**
 * Why a story package is refused (reliability-a11y.md §B.6). Each code has one plain-language
 * message in strings.ts (`packageMessage`); `names` are the files inside the package it is about.
 */
export type PackageErrorCode =
  | 'not-a-zip' // B-1
  | 'incomplete' // B-2
  | 'too-large' // B-3, B-5
  | 'size-mismatch' // B-4
  | 'nested-zip' // B-6
  | 'too-many-files' // B-7
  | 'unsafe-names' // B-8, B-9, B-13
  | 'duplicate-names' // B-10
  | 'unsupported-format' // B-11
  | 'damaged' // B-12
  | 'link-entry' // B-14
  | 'no-story' // B-15
  | 'story-file' // B-16..B-24: parseStoryFile's own message
  | 'media-missing' // every referenced file present
  | 'media-wrong-type' // B-30
  | 'media-svg' // B-31
  | 'media-corrupt' // B-32
  | 'media-too-many-pixels' // B-33
  | 'media-animated' // B-35
  | 'media-too-large' // B-37
  | 'media-mismatch' // the file is not the one the story describes (sha-256 or size)
  | 'not-enough-space' // A-F6
  | 'read-failed' // the browser could not read the file

export type PackageErrorParams = {
  names?: string[]
  /** For 'story-file': parseStoryFile's message, already in plain words. */
  message?: string
  /** For 'media-wrong-type': what the bytes really are ("JPEG", "HTML"). */
  looksLike?: string
  neededBytes?: number
  freeBytes?: number
}

/** A refused package: `code` decides the message, `detail` is technical (for "details"). */
export class PackageError extends Error {
  readonly code: PackageErrorCode
  readonly params: PackageErrorParams
  constructor(code: PackageErrorCode, params: PackageErrorParams = {}, detail = '') {
    super(`${code}${detail ? `: ${detail}` : ''}`)
    this.name = 'PackageError'
    this.code = code
    this.params = params
  }
}

export const isPackageError = (error: unknown): error is PackageError => error instanceof PackageError
