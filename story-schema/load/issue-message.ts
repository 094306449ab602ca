import type { z } from 'zod'
import { ownValue } from './plain-data'

/**
 * Turns one zod issue into the plain words that follow the place ("must be a number", "is missing",
 * "has a field Storysphere does not know: 'colour'"). Our schemas already word their own checks
 * (patterns, refinements); zod's built-in messages are technical, so those codes are reworded here.
 */
type Issue = z.core.$ZodIssue

const quote = (value: unknown): string => {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`
  return String(value)
}

/** What a raw value is, in words ("text", "a number", "a list"). */
export const kindInWords = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return Number.isFinite(value) ? 'a number' : 'a number too big to use'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'object':
      return 'a group of fields'
    default:
      return 'something else'
  }
}

const expectedInWords: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  null: 'null',
}

/** The value found at `path` in `data`, for messages. */
export const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown => {
  let at: unknown = data
  for (const part of path) at = ownValue(at, typeof part === 'symbol' ? String(part) : part)
  return at
}

/** The words for `issue` about `found` (the raw value at the issue's path). */
export const issueWords = (issue: Issue, found: unknown): string => {
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return 'is missing'
      if (typeof found === 'number' && !Number.isFinite(found)) {
        return 'must be an ordinary number (this one is too big, or not a number at all)'
      }
      const expected = expectedInWords[issue.expected] ?? issue.expected
      return `must be ${expected} (it is ${kindInWords(found)})`
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`
      }
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum} (it is ${quote(found)})`
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return `has too many items (at most ${issue.maximum})`
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum} (it is ${quote(found)})`
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${quote(issue.values[0])} (it is ${quote(found)})`
        : `must be one of: ${issue.values.map(quote).join(', ')} (it is ${quote(found)})`
    case 'invalid_union':
      if (issue.discriminator !== undefined) {
        if (found === undefined) return 'is missing'
        const listed: unknown = (issue as { options?: unknown }).options
        const options = Array.isArray(listed) ? listed.map(quote).join(', ') : ''
        return `${quote(found)} is not one Storysphere knows${options ? ` (it can be ${options})` : ''}`
      }
      return found === undefined ? 'is missing' : 'is not a value Storysphere can use here'
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `has a field Storysphere does not know: '${issue.keys[0]}'`
        : `has fields Storysphere does not know: ${issue.keys.map((key) => `'${key}'`).join(', ')}`
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'is not allowed'
      return `the key ${quote(found)} ${inner}`
    }
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? 'is not written the right way' : issue.message
    default:
      return issue.message
  }
}
