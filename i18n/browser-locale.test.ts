import { afterEach, describe, expect, it } from 'vitest'
import { chooseUiLocale, followStoryLanguage } from './browser-locale'
import { getUiLocale, setUiLocale, uiLocaleSource } from './ui-locale'

afterEach(() => setUiLocale('en'))

describe('the interface following the story language (C-26)', () => {
  it('follows a story language with a catalogue, and not one without', () => {
    followStoryLanguage('nb')
    expect(getUiLocale()).toBe('nb')
    expect(uiLocaleSource()).toBe('story')
    followStoryLanguage('ar')
    expect(getUiLocale()).toBe('nb')
  })

  it('keeps a language that fits the browser for the language a story opens in, then follows the viewer’s pick', () => {
    setUiLocale('ml', 'browser')
    followStoryLanguage('en', true)
    expect(getUiLocale()).toBe('ml')
    followStoryLanguage('nb')
    expect(getUiLocale()).toBe('nb')
  })

  it('never overrides the person’s own choice', () => {
    chooseUiLocale('en')
    followStoryLanguage('nb')
    expect(getUiLocale()).toBe('en')
    expect(uiLocaleSource()).toBe('chosen')
  })
})
