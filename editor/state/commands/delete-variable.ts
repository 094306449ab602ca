import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { variableUsages } from '../variable-usages'

/** Arguments of `deleteVariable`. */
export type DeleteVariableArgs = { name: string }

/** Removes a variable that nothing uses; while a condition or effect uses it, refuses and says where. */
export const deleteVariable: Command<DeleteVariableArgs> = (story, { name }) => {
  if (!story.variables.some((variable) => variable.name === name)) throw new CommandError(stateMessages.noVariable(name), 'name')
  const usages = variableUsages(story, name)
  if (usages.length > 0) throw new CommandError(stateMessages.variableInUse(name, usages.map((usage) => usage.where)), 'name')
  return { ...story, variables: story.variables.filter((variable) => variable.name !== name) }
}
