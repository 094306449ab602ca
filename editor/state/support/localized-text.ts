import type { LocalizedText } from '@story-schema'

/**
 * `text` with `value` for `language`, sharing nothing mutable with the old record. Clearing a language
 * removes it when another language still has text; clearing the last one gives `undefined` for an
 * optional field and `{ [language]: '' }` for a required one (the schema then says whether empty is
 * allowed). The value is kept as typed: spaces are not trimmed while someone is typing.
 */
export function withText(text: LocalizedText | undefined, language: string, value: string, required: true): LocalizedText
export function withText(
  text: LocalizedText | undefined,
  language: string,
  value: string,
  required: boolean,
): LocalizedText | undefined
export function withText(
  text: LocalizedText | undefined,
  language: string,
  value: string,
  required: boolean,
): LocalizedText | undefined {
  if (value !== '') return { ...text, [language]: value }
  const rest = Object.fromEntries(Object.entries(text ?? {}).filter(([key]) => key !== language))
  if (Object.keys(rest).length > 0) return rest
  return required ? { [language]: '' } : undefined
}
