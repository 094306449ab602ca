import { describe, expect, it } from 'vitest'
import { fakeBillboard, fakeChoice } from '../engine/testing-fakes'
import type { Condition } from '../records/condition'
import type { Effect } from '../records/effect'
import type { Variable } from '../records/variable'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { checkVariables } from './check-variables'

const variables: Variable[] = [
  { name: 'hasKey', type: 'flag', initial: false },
  { name: 'coins', type: 'number', initial: 0 },
  { name: 'name', type: 'text', initial: '' },
]

const storyWith = (effects: Effect[], condition?: Condition) =>
  fakeStory({
    variables,
    scenes: [
      fakeScene('a', { hotspots: [fakeLink('to-b', 'b', { effects, ...(condition ? { visibleIf: condition } : {}) })] }),
      fakeScene('b', { ending: { message: { en: 'End' } }, hotspots: [fakeBillboard('sign', [fakeChoice('ok', undefined, { effects })])] }),
    ],
  })

describe('checkVariables', () => {
  it('accepts every variable used as its type allows', () => {
    const effects: Effect[] = [
      { type: 'set', variable: 'hasKey', value: true },
      { type: 'toggle', variable: 'hasKey' },
      { type: 'add', variable: 'coins', amount: -2 },
      { type: 'set', variable: 'name', value: 'Ada' },
    ]
    const condition: Condition = {
      type: 'all',
      conditions: [
        { type: 'compare', variable: 'hasKey', op: 'ne', value: false },
        { type: 'compare', variable: 'coins', op: 'ge', value: 3 },
        { type: 'compare', variable: 'name', op: 'lt', value: 'M' },
      ],
    }
    expect(checkVariables(storyWith(effects, condition))).toEqual([])
  })

  it('reports names that are not declared, in effects and conditions', () => {
    const spooky: Condition = { type: 'not', condition: { type: 'compare', variable: 'spook', op: 'eq', value: true } }
    const issues = checkVariables(storyWith([{ type: 'set', variable: 'ghost', value: 1 }], spooky))
    expect(issues.map((i) => [i.code, i.severity, i.ref.variable, i.where])).toEqual([
      ['undeclared-variable', 'error', 'ghost', "Scene 'a' › hotspot 'to-b' › effect 1"],
      ['undeclared-variable', 'error', 'ghost', "Scene 'b' › hotspot 'sign' › choice 'ok' › effect 1"],
      ['undeclared-variable', 'error', 'spook', "Scene 'a' › hotspot 'to-b' › shown if"],
    ])
  })

  it('reports add on a flag, toggle on a number, set to the wrong type', () => {
    const effects: Effect[] = [
      { type: 'add', variable: 'hasKey', amount: 1 },
      { type: 'toggle', variable: 'coins' },
      { type: 'set', variable: 'coins', value: true },
    ]
    const issues = checkVariables(storyWith(effects)).filter((i) => i.ref.sceneId === 'scene:a')
    expect(issues.map((i) => i.code)).toEqual(['variable-type-mismatch', 'variable-type-mismatch', 'variable-type-mismatch'])
    expect(issues[0]!.message).toBe('Only numbers can be added to, but "hasKey" is a flag (true or false).')
  })

  it('reports comparing a flag with a number, and ordering flags', () => {
    const issues = checkVariables(
      storyWith([], {
        type: 'any',
        conditions: [
          { type: 'compare', variable: 'hasKey', op: 'eq', value: 1 },
          { type: 'compare', variable: 'hasKey', op: 'gt', value: false },
        ],
      }),
    )
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['variable-type-mismatch', 'error'],
      ['variable-type-mismatch', 'error'],
    ])
  })
})
