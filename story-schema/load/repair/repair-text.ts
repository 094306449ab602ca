import { canonicalLanguageTag, stripUnsafeChars } from '../../text'
import type { JsonPath } from '../plain-data'
import { isRecord, ownValue, setOwn } from '../plain-data'
import type { RepairLog } from './repair-note'

/**
 * Text repairs (B-24): hidden control characters and bidirectional overrides are removed from text a
 * viewer sees (they can disguise what a label says), and language tags are put in canonical case
 * ("EN-gb" → "en-GB"). Text is never shortened: a text that is too long is left for validation.
 */
const hiddenReason = 'It contained hidden control characters (such as right-to-left overrides), which were removed.'

/** Removes unsafe characters from the string at `holder[key]`, if it is one. */
export const repairPlainText = (holder: unknown, key: string | number, path: JsonPath, log: RepairLog): void => {
  const before = ownValue(holder, key)
  if (typeof before !== 'string') return
  const after = stripUnsafeChars(before)
  if (after === before) return
  setOwn(holder as object, String(key), after)
  log.add({ code: 'removed-hidden-characters', path: [...path, key], before, after, reason: hiddenReason })
}

/** Puts the language tag at `holder[key]` into canonical case, when it is a tag in the wrong case. */
export const repairLanguageTag = (holder: unknown, key: string | number, path: JsonPath, log: RepairLog): void => {
  const before = ownValue(holder, key)
  if (typeof before !== 'string') return
  const after = canonicalLanguageTag(before)
  if (after === undefined || after === before) return
  setOwn(holder as object, String(key), after)
  log.add({
    code: 'tidied-language-tag',
    path: [...path, key],
    before,
    after,
    reason: `The language "${before}" was written in an unusual way, so it was changed to "${after}".`,
  })
}

/**
 * Repairs text given per language at `holder[key]`: language keys in canonical case (unless that
 * would clash with a key already there) and unsafe characters removed from each text.
 */
export const repairLocalizedText = (holder: unknown, key: string, path: JsonPath, log: RepairLog): void => {
  const text = ownValue(holder, key)
  if (!isRecord(text)) return
  const keys = Object.keys(text)
  const renames = new Map<string, string>()
  for (const language of keys) {
    const canonical = canonicalLanguageTag(language)
    if (canonical && canonical !== language && !Object.hasOwn(text, canonical) && ![...renames.values()].includes(canonical)) {
      renames.set(language, canonical)
    }
  }
  if (renames.size > 0) {
    const renamed = {}
    for (const language of keys) setOwn(renamed, renames.get(language) ?? language, text[language])
    setOwn(holder as object, key, renamed)
    for (const [before, after] of renames) {
      log.add({
        code: 'tidied-language-tag',
        path: [...path, key, after],
        before,
        after,
        reason: `The language "${before}" was written in an unusual way, so it was changed to "${after}".`,
      })
    }
  }
  const current = ownValue(holder, key)
  for (const language of Object.keys(current as object)) repairPlainText(current, language, [...path, key], log)
}

/** Repairs the listed plain-text and per-language text fields of one record. */
export const repairTextFields = (
  record: unknown,
  path: JsonPath,
  log: RepairLog,
  fields: { plain?: readonly string[]; localized?: readonly string[] },
): void => {
  if (!isRecord(record)) return
  for (const key of fields.plain ?? []) repairPlainText(record, key, path, log)
  for (const key of fields.localized ?? []) repairLocalizedText(record, key, path, log)
}
