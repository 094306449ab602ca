import { describe, expect, it } from 'vitest'
import type { Condition } from '../records/condition'
import { evaluateCondition } from './evaluate-condition'
import type { StoryState } from './story-state'
import { sceneId } from './testing-fakes'

const state: StoryState = {
  sceneId: sceneId('a'),
  language: 'en',
  variables: { hasKey: true, coins: 3, name: 'Kari' },
  visited: [sceneId('a'), sceneId('b')],
  history: [sceneId('a')],
  ended: null,
  turn: 0,
}
const compare = (variable: string, op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge', value: boolean | number | string): Condition => ({
  type: 'compare',
  variable,
  op,
  value,
})
const holds = (condition: Condition) => evaluateCondition(condition, state)

describe('evaluateCondition', () => {
  it('compares numbers with every operator', () => {
    expect(['eq', 'ne', 'lt', 'le', 'gt', 'ge'].map((op) => holds(compare('coins', op as never, 3)))).toEqual([true, false, false, true, false, true])
    expect(holds(compare('coins', 'lt', 4))).toBe(true)
  })

  it('compares flags for equality only, and text by code units', () => {
    expect(holds(compare('hasKey', 'eq', true))).toBe(true)
    expect(holds(compare('hasKey', 'ne', true))).toBe(false)
    expect(holds(compare('hasKey', 'gt', false))).toBe(false)
    expect(holds(compare('name', 'eq', 'Kari'))).toBe(true)
    expect(holds(compare('name', 'lt', 'Ola'))).toBe(true)
  })

  it('is false for an unknown variable or a value of another type, whatever the operator', () => {
    expect(holds(compare('ghost', 'ne', 1))).toBe(false)
    expect(holds(compare('coins', 'ne', '3'))).toBe(false)
    expect(holds(compare('toString', 'eq', 1))).toBe(false)
  })

  it('combines with all / any / not and asks about visited scenes', () => {
    expect(holds({ type: 'visited', sceneId: sceneId('b') })).toBe(true)
    expect(holds({ type: 'visited', sceneId: sceneId('c') })).toBe(false)
    expect(holds({ type: 'all', conditions: [] })).toBe(true)
    expect(holds({ type: 'any', conditions: [] })).toBe(false)
    expect(holds({ type: 'all', conditions: [compare('coins', 'gt', 1), { type: 'not', condition: compare('hasKey', 'eq', false) }] })).toBe(true)
    expect(holds({ type: 'any', conditions: [compare('coins', 'gt', 5), { type: 'visited', sceneId: sceneId('z') }] })).toBe(false)
  })
})
