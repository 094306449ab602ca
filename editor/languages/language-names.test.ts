import { describe, expect, it } from 'vitest'
import { commonLanguageTags, directionOf, languageName, shortLanguageName } from './language-names'
import { canonicalLanguageTag } from '@story-schema'

describe('language names', () => {
  it('knows the direction of right-to-left languages and scripts', () => {
    expect(['ar', 'fa', 'ur', 'ps', 'he', 'ku-Arab'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl'])
    expect(['en', 'nb', 'ml', 'so', 'ti', 'uk', 'az-Latn'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr'])
  })

  it('names languages in English and in themselves, falling back to the tag', () => {
    expect(languageName('nb')).toBe('Norwegian Bokmål (norsk bokmål)')
    expect(shortLanguageName('ml')).toBe('Malayalam')
    expect(languageName('xqq')).toBe('xqq')
  })

  it('offers only canonical tags, each once, including the workshop languages', () => {
    expect(commonLanguageTags.every((tag) => canonicalLanguageTag(tag) === tag)).toBe(true)
    expect(new Set(commonLanguageTags).size).toBe(commonLanguageTags.length)
    for (const tag of ['nb', 'nn', 'ml', 'ar', 'so', 'uk', 'pl', 'ti', 'fa']) expect(commonLanguageTags).toContain(tag)
  })
})
