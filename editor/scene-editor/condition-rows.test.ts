import type { Condition, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { conditionToModel, modelToCondition, newRow, opsFor } from './condition-rows'

const visited = (id: string): Condition => ({ type: 'visited', sceneId: id as SceneId })
const score: Condition = { type: 'compare', variable: 'score', op: 'ge', value: 3 }

describe('condition rows', () => {
  it('read simple conditions as lines and write them back', () => {
    expect(conditionToModel(undefined)).toEqual({ join: 'all', rows: [] })
    expect(modelToCondition({ join: 'all', rows: [] })).toBeUndefined()
    for (const condition of [score, visited('scene:b'), { type: 'not', condition: visited('scene:b') } as Condition]) {
      expect(modelToCondition(conditionToModel(condition)!)).toEqual(condition)
    }
    const any: Condition = { type: 'any', conditions: [score, { type: 'not', condition: visited('scene:c') }] }
    expect(conditionToModel(any)).toEqual({
      join: 'any',
      rows: [
        { kind: 'compare', variable: 'score', op: 'ge', value: 3 },
        { kind: 'notVisited', sceneId: 'scene:c' },
      ],
    })
    expect(modelToCondition(conditionToModel(any)!)).toEqual(any)
  })

  it('turn "not (score ≥ 3)" into "score < 3", and give up on nested groups', () => {
    expect(conditionToModel({ type: 'not', condition: score })!.rows).toEqual([{ kind: 'compare', variable: 'score', op: 'lt', value: 3 }])
    expect(conditionToModel({ type: 'all', conditions: [{ type: 'any', conditions: [score] }] })).toBeNull()
    expect(conditionToModel({ type: 'not', condition: { type: 'all', conditions: [] } })).toBeNull()
  })

  it('start new lines from the story, and offer order comparisons only for numbers', () => {
    const story = editorTestStory()
    expect(newRow('compare', story, 'scene:a' as SceneId)).toEqual({ kind: 'compare', variable: 'hasKey', op: 'eq', value: true })
    expect(newRow('visited', story, 'scene:a' as SceneId)).toEqual({ kind: 'visited', sceneId: 'scene:b' })
    expect(newRow('compare', { ...story, variables: [] }, 'scene:a' as SceneId)).toBeNull()
    expect(opsFor(story.variables[0])).toEqual(['eq', 'ne'])
    expect(opsFor(story.variables[1])).toHaveLength(6)
  })
})
