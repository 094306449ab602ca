/**
 * Language names and writing direction for the editor's language pickers. Names come from the
 * browser (`Intl.DisplayNames`): in English and in the language itself ("Malayalam — മലയാളം").
 */

/** Languages offered first in the picker: those of the workshops (C-26) and other common ones. */
export const commonLanguageTags = [
  'en', 'nb', 'nn', 'se', 'sv', 'da', 'fi', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'uk', 'ru', 'lt', 'ro', 'tr',
  'ar', 'fa', 'prs', 'ps', 'ku', 'ur', 'he', 'so', 'ti', 'am', 'sw', 'ml', 'ta', 'hi', 'bn', 'ne', 'th', 'vi', 'tl',
  'zh-Hans', 'zh-Hant', 'ja', 'ko',
] as const

const rightToLeft = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'yi', 'ckb', 'dv', 'sd', 'ug'])

/** "rtl" for languages written right to left (Arabic, Persian, Urdu, Hebrew…), else "ltr". */
export const directionOf = (tag: string): 'ltr' | 'rtl' => {
  const [language = '', script] = tag.split('-')
  if (script === 'Arab' || script === 'Hebr') return 'rtl'
  if (script === 'Latn' || script === 'Cyrl') return 'ltr'
  return rightToLeft.has(language) ? 'rtl' : 'ltr'
}

const nameIn = (tag: string, inLanguage: string): string | undefined => {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'none' }).of(tag)
    return name && name !== tag ? name : undefined
  } catch {
    return undefined
  }
}

/** "Norwegian Bokmål (norsk bokmål)": the English name and the language's own, or the tag. */
export const languageName = (tag: string): string => {
  const english = nameIn(tag, 'en')
  const own = nameIn(tag, tag)
  if (!english) return own ?? tag
  return own && own.toLowerCase() !== english.toLowerCase() ? `${english} (${own})` : english
}

/** The short English name ("Malayalam"), for sentences. */
export const shortLanguageName = (tag: string): string => nameIn(tag, 'en') ?? tag
