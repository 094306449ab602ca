import { cataloguedLocaleFor, directionOf, getUiLocale, matchUiLocale, setUiLocale, subscribeUiLocale, uiLocaleWasChosen } from './ui-locale'

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
  if (remembered) setUiLocale(remembered, { chosen: true })
  else if (typeof navigator !== 'undefined') setUiLocale(matchUiLocale(navigator.languages ?? [navigator.language]))
  syncDocumentLocale()
}

/** The person picked `tag` (a language picker): use it and remember it on this device. */
export const chooseUiLocale = (tag: string): void => {
  setUiLocale(tag, { chosen: true })
  try {
    storage()?.setItem(storageKey, tag)
  } catch {
    // Storage full or blocked: the choice still holds for this page.
  }
}

/**
 * The story being played is in `language`: the interface follows it when there is a catalogue for it
 * and the person has not chosen an interface language themselves.
 */
export const followStoryLanguage = (language: string): void => {
  if (uiLocaleWasChosen()) return
  const found = cataloguedLocaleFor(language)
  if (found) setUiLocale(found)
}
