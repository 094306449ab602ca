import { z } from 'zod'

/**
 * Text a viewer sees. It is always shown as text, never HTML (B-25). Control characters and the
 * bidirectional embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) are not allowed,
 * since they can disguise what a label says (B-24); the loader removes them and lists a repair.
 * Joiners (U+200C/U+200D, needed in Malayalam and Persian) and direction marks (U+200E/U+200F) stay.
 */
// eslint-disable-next-line no-control-regex
export const unsafeCharsPattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex
const unsafeCharsTest = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const lineBreakTest = /[\r\n]/

/** Removes the characters `unsafeCharsPattern` forbids. */
export const stripUnsafeChars = (text: string): string => text.replace(unsafeCharsPattern, '')

/** True when the text has no forbidden characters. */
export const isSafeText = (text: string): boolean => !unsafeCharsTest.test(text)

type TextOptions = { maxChars: number; multiline?: boolean; minChars?: number }

/** A plain-text field with a length cap; never truncated silently (B-24). */
export const safeTextSchema = ({ maxChars, multiline = false, minChars = 0 }: TextOptions) =>
  z
    .string()
    .min(minChars, { message: minChars === 1 ? 'must not be empty' : `must be at least ${minChars} characters` })
    .max(maxChars, { message: `is too long (at most ${maxChars} characters)` })
    .refine(isSafeText, { message: 'contains hidden control characters' })
    .refine((text) => multiline || !lineBreakTest.test(text), { message: 'must be a single line' })

/**
 * A BCP 47 language tag in canonical case: language, optional script, optional region
 * ("en", "nb", "ml", "pt-BR", "zh-Hant", "es-419").
 */
export const languageTagPattern = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/
export const languageTagSchema = z
  .string()
  .regex(languageTagPattern, { message: 'must be a language tag such as "en", "nb" or "pt-BR"' })
export type LanguageTag = z.infer<typeof languageTagSchema>

/** Puts a language tag into canonical case ("EN-gb" → "en-GB"); returns undefined when it is not one. */
export const canonicalLanguageTag = (tag: string): string | undefined => {
  const parts = tag.trim().replace(/_/g, '-').split('-')
  const [language, ...rest] = parts
  if (!language) return undefined
  const out = [language.toLowerCase()]
  for (const part of rest) {
    if (part.length === 4) out.push(part[0]!.toUpperCase() + part.slice(1).toLowerCase())
    else out.push(part.toUpperCase())
  }
  const canonical = out.join('-')
  return languageTagPattern.test(canonical) ? canonical : undefined
}

/**
 * Text given per language: `{ "en": "Bus stop", "nb": "Bussholdeplass" }`. A viewer sees their
 * language, else the story's language, else the first one given (see `localize`).
 */
export const localizedTextSchema = (options: TextOptions) =>
  z
    .record(languageTagSchema, safeTextSchema(options))
    .refine((value) => Object.keys(value).length > 0, { message: 'needs text in at least one language' })

export type LocalizedText = Record<string, string>

/** Picks the text for `language`, falling back to `fallbackLanguage`, then to any language given. */
export const localize = (text: LocalizedText | undefined, language: string, fallbackLanguage: string): string => {
  if (!text) return ''
  if (Object.hasOwn(text, language)) return text[language] ?? ''
  const base = language.split('-')[0] ?? language
  if (Object.hasOwn(text, base)) return text[base] ?? ''
  if (Object.hasOwn(text, fallbackLanguage)) return text[fallbackLanguage] ?? ''
  for (const key of Object.keys(text)) return text[key] ?? ''
  return ''
}

/** True when the text has a non-empty value for exactly `language` (no fallback). */
export const hasTranslation = (text: LocalizedText | undefined, language: string): boolean =>
  !!text && Object.hasOwn(text, language) && (text[language] ?? '').trim().length > 0
