import { setUiLocale } from '@i18n'
import { afterEach, describe, expect, test } from 'vitest'
import { PackageError } from './package-error'
import type { PackageErrorCode } from './package-error'
import { packageMessage } from './strings'

/** Every refusal's message comes from the catalogue (C-26, reliability-a11y.md §B.6), in the interface language. */
const codes: PackageErrorCode[] = [
  'not-a-zip', 'incomplete', 'too-large', 'size-mismatch', 'nested-zip', 'too-many-files', 'unsafe-names', 'duplicate-names',
  'unsupported-format', 'damaged', 'link-entry', 'no-story', 'story-file', 'media-missing', 'media-wrong-type', 'media-svg',
  'media-corrupt', 'media-too-many-pixels', 'media-animated', 'media-too-large', 'media-mismatch', 'not-enough-space', 'read-failed',
]

const about = (code: PackageErrorCode) =>
  new PackageError(code, { names: ['images/a.jpg'], message: 'Line 3 is broken.', looksLike: 'HTML', neededBytes: 5 * 1024 * 1024, freeBytes: 1024 * 1024 })

describe('packageMessage', () => {
  afterEach(() => setUiLocale('en'))

  test('says each refusal in English and in Norsk bokmål, with its file names and numbers', () => {
    for (const code of codes) {
      const english = packageMessage(about(code))
      setUiLocale('nb')
      const bokmal = packageMessage(about(code))
      setUiLocale('en')
      expect(english, code).toMatch(/\p{L}{3}/u)
      expect(bokmal, code).not.toBe(english)
    }
    expect(packageMessage(about('media-svg'))).toContain('“images/a.jpg”')
    expect(packageMessage(about('story-file'))).toBe('The story in this package can’t be used. Line 3 is broken.')
    expect(packageMessage(about('media-wrong-type'))).toContain('a HTML file')
    setUiLocale('nb')
    expect(packageMessage(about('media-svg'))).toContain('«images/a.jpg»')
    expect(packageMessage(about('not-enough-space'))).toContain('trenger 5 MB, og 1 MB er ledig')
    expect(packageMessage(new PackageError('damaged'))).toMatch(/^En fil i pakken er skadet/)
  })

  test('names at most four files, then how many more, in each language', () => {
    const many = new PackageError('unsafe-names', { names: ['a', 'b', 'c', 'd', 'e', 'f'] })
    expect(packageMessage(many)).toContain('“a”, “b”, “c”, “d” and 2 more')
    setUiLocale('nb')
    expect(packageMessage(many)).toContain('«a», «b», «c», «d» og 2 til')
  })
})
