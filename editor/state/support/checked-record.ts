import { CommandError } from '../command'
import { stateMessages } from '../messages'

type Issue = { path: readonly PropertyKey[]; message: string; code?: string; origin?: string; maximum?: unknown; minimum?: unknown }

/** The part of a zod schema a command needs. */
export type RecordSchema = {
  safeParse: (value: unknown) => { success: boolean; error?: { issues: readonly Issue[] } }
}

/** story-schema words its own messages ("must not be empty"); zod's built-in ones for lists are reworded here. */
const wordsOf = (issue: Issue): string => {
  if (issue.code === 'too_big' && issue.origin === 'array') return stateMessages.tooManyItems(Number(issue.maximum))
  if (issue.code === 'too_big' && issue.origin === 'number') return stateMessages.tooLarge(Number(issue.maximum))
  if (issue.code === 'too_small' && issue.origin === 'number') return stateMessages.tooSmall(Number(issue.minimum))
  if (['invalid_type', 'invalid_union', 'invalid_key'].includes(issue.code ?? '')) return stateMessages.notAllowed
  return issue.message.replace(/\.$/, '')
}

/**
 * Returns `value` when `schema` accepts it; otherwise throws a `CommandError` naming the field in words
 * ("The label is too long (at most 120 characters).") with the field's key ("label"). Commands build
 * the changed record and pass it through here, so the story can never become invalid. `field` names
 * the value itself when the problem is with all of it (a list that is too long).
 */
export const checkedRecord = <T>(schema: RecordSchema, value: T, field?: string): T => {
  const result = schema.safeParse(value)
  if (result.success) return value
  const issue = result.error?.issues[0] ?? { path: [], message: '' }
  const path = [...(field ? [field] : []), ...issue.path.map(String)]
  const named = [...path].reverse().find((part) => stateMessages.fieldNames[part] !== undefined)
  const name = (named && stateMessages.fieldNames[named]) ?? stateMessages.someField
  throw new CommandError(`${name} ${wordsOf(issue)}.`, path.join('.') || undefined)
}
