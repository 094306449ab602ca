import type { Condition } from '../records/condition'
import type { StoryState } from './story-state'

/**
 * Whether a condition holds in a state. `all` of nothing is true, `any` of nothing is false.
 * A comparison with a variable the state does not have, or with a value of another type, is false
 * (whatever the operator; `checkStory` reports both). Order comparisons work on numbers and on text
 * (by code units, the same on every device), never on flags.
 */
export const evaluateCondition = (condition: Condition, state: StoryState): boolean => {
  switch (condition.type) {
    case 'all':
      return condition.conditions.every((part) => evaluateCondition(part, state))
    case 'any':
      return condition.conditions.some((part) => evaluateCondition(part, state))
    case 'not':
      return !evaluateCondition(condition.condition, state)
    case 'visited':
      return state.visited.includes(condition.sceneId)
    case 'compare': {
      if (!Object.hasOwn(state.variables, condition.variable)) return false
      const value = state.variables[condition.variable]
      const expected = condition.value
      if (typeof value !== typeof expected) return false
      switch (condition.op) {
        case 'eq':
          return value === expected
        case 'ne':
          return value !== expected
        case 'lt':
          return typeof value !== 'boolean' && value! < expected
        case 'le':
          return typeof value !== 'boolean' && value! <= expected
        case 'gt':
          return typeof value !== 'boolean' && value! > expected
        case 'ge':
          return typeof value !== 'boolean' && value! >= expected
      }
    }
  }
}

/** True when a record with an optional `visibleIf` is shown in this state. */
export const isShown = (record: { visibleIf?: Condition }, state: StoryState): boolean =>
  !record.visibleIf || evaluateCondition(record.visibleIf, state)
