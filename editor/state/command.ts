import type { Story } from '@story-schema'

/**
 * A command: one editing intent as a pure function of the story and its arguments, returning a new
 * story that shares every unchanged record with the old one (or the same story when nothing changed).
 * It throws a `CommandError` when the intent can't be carried out; the story is never left invalid.
 */
export type Command<A> = (story: Story, args: A) => Story

/**
 * Why a command refused, in words a person can act on ("A variable called “score” already exists."),
 * and which field it is about ("label", "name", "url"), so the form can show it next to that field.
 */
export class CommandError extends Error {
  readonly field: string | undefined

  constructor(message: string, field?: string) {
    super(message)
    this.name = 'CommandError'
    this.field = field
  }
}

/** True when `error` is a command's refusal (and not a bug). */
export const isCommandError = (error: unknown): error is CommandError => error instanceof CommandError
