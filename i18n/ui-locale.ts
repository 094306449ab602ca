/**
 * The interface language of this page (C-26): one small store, read by every catalogue when a string
 * is shown. Any BCP 47 tag may be active; keys without a translation fall back to English.
 * Pure TypeScript: nothing here touches the browser (see browser-locale.ts for that).
 */

/** Interface languages with a catalogue, named in their own language for the picker. */
export const uiLocales = [
  { tag: 'en', name: 'English' },
  { tag: 'nb', name: 'Norsk bokmål' },
  { tag: 'ml', name: 'മലയാളം' },
] as const

export type UiLocaleTag = (typeof uiLocales)[number]['tag']

const catalogued = new Set<string>(uiLocales.map((locale) => locale.tag))

/** The tags to try for `tag`, most specific first: "nb-NO" → ["nb-NO", "nb"]; Norwegian ("no", "nn") → Bokmål. */
export const localeChain = (tag: string): string[] => {
  const base = tag.split('-')[0]?.toLowerCase() ?? tag
  const chain = [tag, base]
  if (base === 'no' || base === 'nn') chain.push('nb')
  return [...new Set(chain)]
}

/** The catalogued interface language that fits `tag` ("nb-NO" → "nb", "no" → "nb"), or undefined. */
export const cataloguedLocaleFor = (tag: string): UiLocaleTag | undefined =>
  localeChain(tag).find((candidate) => catalogued.has(candidate)) as UiLocaleTag | undefined

/** The first of `tags` (a browser's preferred languages) that has a catalogue, else English. */
export const matchUiLocale = (tags: readonly string[]): UiLocaleTag => {
  for (const tag of tags) {
    const found = cataloguedLocaleFor(tag)
    if (found) return found
  }
  return 'en'
}

/** Languages written right to left (C-26). */
const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'yi', 'dv', 'ug'])

/** `dir` for text in `language`. */
export const directionOf = (language: string): 'ltr' | 'rtl' =>
  rtlLanguages.has(language.split('-')[0]?.toLowerCase() ?? language) ? 'rtl' : 'ltr'

type Listener = (tag: string) => void

/**
 * Where the interface language came from: the English default, the browser's preferred languages,
 * the story being played, or the person's own choice (which nothing else overrides).
 */
export type UiLocaleSource = 'default' | 'browser' | 'story' | 'chosen'

let active = 'en'
let source: UiLocaleSource = 'default'
const listeners = new Set<Listener>()

export const getUiLocale = (): string => active

export const uiLocaleSource = (): UiLocaleSource => source

/** Makes `tag` the interface language (worked out from `from`) and tells every subscriber. */
export const setUiLocale = (tag: string, from: UiLocaleSource = 'default'): void => {
  source = from
  if (tag === active) return
  active = tag
  for (const listener of [...listeners]) listener(tag)
}

/** Calls `listener` after each change of the interface language; returns the unsubscribe. */
export const subscribeUiLocale = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
