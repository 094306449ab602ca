import type { VariableType, VariableValue } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { renameVariableUses } from '../support/rename-variable-uses'
import { replaceAt } from '../support/story-edits'
import { assertFreeVariableName } from '../support/variable-name'
import { checkedVariable, defaultInitialValue } from './add-variable'

/** What `updateVariable` can change. A new type without a start value starts at false, 0 or empty text. */
export type VariableChanges = { name?: string; type?: VariableType; initial?: VariableValue }

/** Arguments of `updateVariable`. */
export type UpdateVariableArgs = { name: string; changes: VariableChanges }

/**
 * Renames a variable (and every condition and effect that uses it), changes its type or its start
 * value. Uses that no longer fit a new type stay and are listed by the checks.
 */
export const updateVariable: Command<UpdateVariableArgs> = (story, { name, changes }) => {
  const index = story.variables.findIndex((variable) => variable.name === name)
  const old = story.variables[index]
  if (!old) throw new CommandError(stateMessages.noVariable(name), 'name')
  const newName = changes.name ?? old.name
  if (newName !== old.name) assertFreeVariableName(story, newName, old.name)
  const type = changes.type ?? old.type
  const initial = changes.initial ?? (type === old.type ? old.initial : defaultInitialValue(type))
  if (newName === old.name && type === old.type && initial === old.initial) return story
  const variable = checkedVariable({ name: newName, type, initial })
  const renamed = newName === old.name ? story : renameVariableUses(story, old.name, newName)
  return { ...renamed, variables: replaceAt(story.variables, index, variable) }
}
