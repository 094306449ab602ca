import type { Condition } from '../records/condition'
import type { Effect } from '../records/effect'
import type { Story } from '../records/story'
import type { Variable, VariableType } from '../records/variable'
import { variableTypeOfValue } from '../type-guards'
import type { StoryIssue } from './story-issue'
import type { Site } from './story-sites'
import { conditionSites, effectSites, flattenCondition, makeIssue } from './story-sites'

/**
 * Variables: every condition and effect names a declared variable, and uses it as its type allows
 * (`add` on numbers, `toggle` on flags, compare and set with a value of the variable's type, order
 * comparisons not on flags).
 */
export const checkVariables = (story: Story): StoryIssue[] => {
  const declared = new Map<string, Variable>(story.variables.map((v) => [v.name, v]))
  const issues: StoryIssue[] = []
  const use = (name: string, site: Site, problem: (variable: Variable) => string | undefined) => {
    const variable = declared.get(name)
    if (!variable) {
      issues.push(makeIssue('error', 'undeclared-variable', `No variable called "${name}" is declared.`, site, { variable: name }))
      return
    }
    const message = problem(variable)
    if (message) issues.push(makeIssue('error', 'variable-type-mismatch', message, site, { variable: name }))
  }
  for (const { effect, site } of effectSites(story)) {
    const name = variableOfEffect(effect)
    if (name !== undefined) use(name, site, (variable) => effectProblem(effect, variable))
  }
  for (const { condition, site } of conditionSites(story)) {
    for (const part of flattenCondition(condition)) {
      if (part.type === 'compare') use(part.variable, site, (variable) => compareProblem(part, variable))
    }
  }
  return issues
}

const typeNames: Record<VariableType, string> = { flag: 'a flag (true or false)', number: 'a number', text: 'text' }

const variableOfEffect = (effect: Effect): string | undefined =>
  effect.type === 'set' || effect.type === 'add' || effect.type === 'toggle' ? effect.variable : undefined

const effectProblem = (effect: Effect, variable: Variable): string | undefined => {
  const is = `"${variable.name}" is ${typeNames[variable.type]}`
  if (effect.type === 'add' && variable.type !== 'number') return `Only numbers can be added to, but ${is}.`
  if (effect.type === 'toggle' && variable.type !== 'flag') return `Only flags can be toggled, but ${is}.`
  if (effect.type === 'set' && variableTypeOfValue(effect.value) !== variable.type) {
    return `This sets ${variable.name} to ${typeNames[variableTypeOfValue(effect.value)]}, but ${is}.`
  }
  return undefined
}

const compareProblem = (condition: Extract<Condition, { type: 'compare' }>, variable: Variable): string | undefined => {
  const is = `"${variable.name}" is ${typeNames[variable.type]}`
  if (variableTypeOfValue(condition.value) !== variable.type) {
    return `This compares ${variable.name} with ${typeNames[variableTypeOfValue(condition.value)]}, but ${is}.`
  }
  if (variable.type === 'flag' && condition.op !== 'eq' && condition.op !== 'ne') {
    return `A flag can only be compared for equal or not equal, but this asks "${condition.op}".`
  }
  return undefined
}
