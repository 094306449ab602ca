import type { Story } from '@story-schema'
import { reservedVariableNames, variableNameSchema } from '@story-schema'
import { CommandError } from '../command'
import { stateMessages } from '../messages'

/**
 * Refuses a variable name that is reserved, badly shaped or already declared. Names differing only
 * in case ("score" and "Score") count as the same, so nobody mixes them up; `except` is the variable
 * being renamed, which may change its own case.
 */
export const assertFreeVariableName = (story: Story, name: string, except?: string): void => {
  if (reservedVariableNames.has(name)) throw new CommandError(stateMessages.variableNameReserved(name), 'name')
  if (!variableNameSchema.safeParse(name).success) throw new CommandError(stateMessages.variableNameBadShape, 'name')
  const key = name.toLowerCase()
  if (story.variables.some((variable) => variable.name !== except && variable.name.toLowerCase() === key)) {
    throw new CommandError(stateMessages.variableNameInUse(name), 'name')
  }
}
