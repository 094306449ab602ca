import type { Variable, VariableType, VariableValue } from '@story-schema'
import { limits, variableSchema, variableTypeOfValue } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { assertFreeVariableName } from '../support/variable-name'

/** Arguments of `addVariable`: the start value is false, 0 or empty text when left out. */
export type AddVariableArgs = { name: string; type: VariableType; initial?: VariableValue }

/** The start value of a new variable of `type`. */
export const defaultInitialValue = (type: VariableType): VariableValue => (type === 'flag' ? false : type === 'number' ? 0 : '')

/** Checks a variable record, naming a start value of the wrong type in words. */
export const checkedVariable = (variable: { name: string; type: VariableType; initial: VariableValue }): Variable => {
  if (variableTypeOfValue(variable.initial) !== variable.type) {
    throw new CommandError(stateMessages.wrongValueType(stateMessages.typeNames[variable.type] ?? variable.type), 'initial')
  }
  const result = variableSchema.safeParse(variable)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new CommandError(`${stateMessages.fieldNames.initial} ${issue?.message ?? ''}.`, 'initial')
  }
  return variable as Variable
}

/** Declares a variable. A name already declared (in any case), reserved or badly shaped is refused. */
export const addVariable: Command<AddVariableArgs> = (story, { name, type, initial }) => {
  assertFreeVariableName(story, name)
  if (story.variables.length >= limits.maxVariables) throw new CommandError(stateMessages.tooManyVariables(limits.maxVariables))
  const variable = checkedVariable({ name, type, initial: initial ?? defaultInitialValue(type) })
  return { ...story, variables: [...story.variables, variable] }
}
