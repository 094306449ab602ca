import { afterEach, describe, expect, it } from 'vitest'
import { defineStrings } from './define-strings'
import type { Translation } from './define-strings'
import { cataloguedLocaleFor, directionOf, getUiLocale, matchUiLocale, setUiLocale, subscribeUiLocale } from './ui-locale'

const english = {
  hello: 'Hello',
  count: (n: number) => `${n} stories`,
  kinds: { link: 'Link', sound: 'Sound' },
} as const

const nb: Translation<typeof english> = { hello: 'Hei', count: (n: number) => `${n} fortellinger`, kinds: { link: 'Lenke' } }

afterEach(() => setUiLocale('en'))

describe('defineStrings (C-26)', () => {
  const t = defineStrings('test/define-strings', english, { nb })

  it('reads the active language each time a key is used, English key by key otherwise', () => {
    expect(t.hello).toBe('Hello')
    setUiLocale('nb')
    expect(t.hello).toBe('Hei')
    expect(t.count(3)).toBe('3 fortellinger')
    expect(t.kinds.link).toBe('Lenke')
    expect(t.kinds.sound).toBe('Sound')
    setUiLocale('ml')
    expect(t.hello).toBe('Hello')
  })

  it('uses the base language of a regional tag, and Bokmål for other Norwegian tags', () => {
    setUiLocale('nb-NO')
    expect(t.hello).toBe('Hei')
    setUiLocale('nn')
    expect(t.hello).toBe('Hei')
  })

  it('keeps the English shape for Object.entries and keyed lookups', () => {
    setUiLocale('nb')
    expect(Object.entries(t.kinds)).toEqual([['link', 'Lenke'], ['sound', 'Sound']])
    const key: keyof typeof t.kinds = 'sound'
    expect(t.kinds[key]).toBe('Sound')
  })

  it('ignores a translation of the wrong kind', () => {
    const broken = { hello: 42 } as unknown as Translation<typeof english>
    const u = defineStrings('test/broken', english, { nb: broken })
    setUiLocale('nb')
    expect(u.hello).toBe('Hello')
  })
})

describe('the interface language store', () => {
  it('tells subscribers about a change once, and not about the same language again', () => {
    const heard: string[] = []
    const stop = subscribeUiLocale((tag) => heard.push(tag))
    setUiLocale('nb')
    setUiLocale('nb')
    setUiLocale('ar')
    stop()
    setUiLocale('en')
    expect(heard).toEqual(['nb', 'ar'])
    expect(getUiLocale()).toBe('en')
  })

  it('matches browser languages to a catalogue, else English', () => {
    expect(matchUiLocale(['de-DE', 'nb-NO', 'en'])).toBe('nb')
    expect(matchUiLocale(['no'])).toBe('nb')
    expect(matchUiLocale(['ml-IN'])).toBe('ml')
    expect(matchUiLocale(['fr', 'de'])).toBe('en')
    expect(cataloguedLocaleFor('ar')).toBeUndefined()
  })

  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('fa-IR')).toBe('rtl')
    expect(directionOf('nb')).toBe('ltr')
    expect(directionOf('ml')).toBe('ltr')
  })
})
