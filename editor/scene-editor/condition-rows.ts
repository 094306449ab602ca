import type { CompareOp, Condition, SceneId, Story, Variable, VariableValue } from '@story-schema'

/** One line of the condition builder: "[variable] [is …] [value]", "has been to [scene]", "has not been to [scene]". */
export type ConditionRow =
  | { kind: 'compare'; variable: string; op: CompareOp; value: VariableValue }
  | { kind: 'visited'; sceneId: SceneId }
  | { kind: 'notVisited'; sceneId: SceneId }

/** What the builder edits: lines joined by "all of these" or "any of these". */
export type ConditionModel = { join: 'all' | 'any'; rows: ConditionRow[] }

const negated: Record<CompareOp, CompareOp> = { eq: 'ne', ne: 'eq', lt: 'ge', ge: 'lt', le: 'gt', gt: 'le' }

const rowOf = (condition: Condition): ConditionRow | null => {
  switch (condition.type) {
    case 'compare':
      return { kind: 'compare', variable: condition.variable, op: condition.op, value: condition.value }
    case 'visited':
      return { kind: 'visited', sceneId: condition.sceneId }
    case 'not': {
      const inner = condition.condition
      if (inner.type === 'visited') return { kind: 'notVisited', sceneId: inner.sceneId }
      if (inner.type === 'compare') return { kind: 'compare', variable: inner.variable, op: negated[inner.op], value: inner.value }
      return null
    }
    default:
      return null
  }
}

/**
 * A condition as builder lines, or null when it is too complex for the builder (nested all/any, a
 * `not` around a group): the editor then offers only to remove it. No condition is no lines.
 */
export const conditionToModel = (condition: Condition | undefined): ConditionModel | null => {
  if (!condition) return { join: 'all', rows: [] }
  if (condition.type === 'all' || condition.type === 'any') {
    const rows = condition.conditions.map(rowOf)
    return rows.every((row) => row !== null) ? { join: condition.type, rows: rows as ConditionRow[] } : null
  }
  const row = rowOf(condition)
  return row ? { join: 'all', rows: [row] } : null
}

const conditionOf = (row: ConditionRow): Condition => {
  switch (row.kind) {
    case 'compare':
      return { type: 'compare', variable: row.variable, op: row.op, value: row.value }
    case 'visited':
      return { type: 'visited', sceneId: row.sceneId }
    case 'notVisited':
      return { type: 'not', condition: { type: 'visited', sceneId: row.sceneId } }
  }
}

/** The condition the lines mean: none for no lines, the line itself for one, all/any for more. */
export const modelToCondition = (model: ConditionModel): Condition | undefined => {
  if (model.rows.length === 0) return undefined
  if (model.rows.length === 1) return conditionOf(model.rows[0]!)
  return { type: model.join, conditions: model.rows.map(conditionOf) }
}

/** The value a comparison starts with for a variable: true, 0 or empty text. */
export const startValueFor = (variable: Variable | undefined): VariableValue =>
  variable?.type === 'flag' ? true : variable?.type === 'number' ? 0 : ''

/**
 * A new line of `kind` for the story (its first variable, or the first scene other than `sceneId`);
 * null when there is nothing to name.
 */
export const newRow = (kind: ConditionRow['kind'], story: Story, sceneId: SceneId): ConditionRow | null => {
  if (kind === 'compare') {
    const variable = story.variables[0]
    return variable ? { kind, variable: variable.name, op: 'eq', value: startValueFor(variable) } : null
  }
  const scene = story.scenes.find((candidate) => candidate.id !== sceneId) ?? story.scenes[0]
  return scene ? { kind, sceneId: scene.id } : null
}

/** Comparisons that make sense for a variable's type: flags and text only "is" / "is not". */
export const opsFor = (variable: Variable | undefined): CompareOp[] =>
  variable?.type === 'number' ? ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] : ['eq', 'ne']
