import { cataloguedLocaleFor, directionOf, getUiLocale, matchUiLocale, setUiLocale, subscribeUiLocale, uiLocaleSource } from './ui-locale'

/**
 * The interface language in a browser page: remembered on this device (localStorage), otherwise the
 * browser's preferred languages, otherwise English; `<html lang dir>` always follow it (C-26).
 * Every function is a no-op where there is no window (Node tests).
 */
const storageKey = 'storysphere.ui-locale'
const tagPattern = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

/** The language the person chose on this device before, if any. */
export const rememberedUiLocale = (): string | undefined => {
  const tag = storage()?.getItem(storageKey) ?? undefined
  return tag !== undefined && tagPattern.test(tag) ? tag : undefined
}

/** Sets `<html lang dir>` now and after each change. Returns the unsubscribe. */
export const syncDocumentLocale = (): (() => void) => {
  if (typeof document === 'undefined') return () => {}
  const apply = (tag: string) => {
    document.documentElement.lang = tag
    document.documentElement.dir = directionOf(tag)
  }
  apply(getUiLocale())
  return subscribeUiLocale(apply)
}

/** Called once by each page's entry: the remembered choice, else the browser's languages, else English. */
export const startUiLocale = (): void => {
  const remembered = rememberedUiLocale()
  if (remembered) setUiLocale(remembered, 'chosen')
  else if (typeof navigator !== 'undefined') {
    const preferred = navigator.languages ?? [navigator.language]
    const found = matchUiLocale(preferred)
    // English by default, or because the browser asks for it: a story language may still change it.
    setUiLocale(found, found === 'en' && !preferred.some((tag) => tag.toLowerCase().startsWith('en')) ? 'default' : 'browser')
  }
  syncDocumentLocale()
}

/** The person picked `tag` (a language picker): use it and remember it on this device. */
export const chooseUiLocale = (tag: string): void => {
  setUiLocale(tag, 'chosen')
  try {
    storage()?.setItem(storageKey, tag)
  } catch {
    // Storage full or blocked: the choice still holds for this page.
  }
}

/**
 * The story being played is in `language`: the interface follows it when there is a catalogue for it
 * and the person has not chosen an interface language themselves. The language a story opens in
 * (`opening`) does not replace one that fits the browser: a Malayalam reader keeps Malayalam buttons
 * for a story that starts in English, until they pick a story language.
 */
export const followStoryLanguage = (language: string, opening = false): void => {
  const from = uiLocaleSource()
  if (from === 'chosen' || (opening && from === 'browser')) return
  const found = cataloguedLocaleFor(language)
  if (found) setUiLocale(found, 'story')
}
