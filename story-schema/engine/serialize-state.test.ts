import { describe, expect, it } from 'vitest'
import { choose } from './choose'
import { engineTestStory } from './engine-test-story'
import { restoreState, serializeState, validateState } from './serialize-state'
import { startStory } from './start-story'
import type { StoryState } from './story-state'

const story = engineTestStory()
const start = startStory(story).state
const hall = (() => {
  const step = choose(story, start, { hotspotId: 'hotspot:to-hall' })
  if (!step.ok) throw new Error(step.reason)
  return step.state
})()
const tampered = (change: Record<string, unknown>) => JSON.stringify({ ...hall, ...change })

describe('serializeState / restoreState', () => {
  it('round-trips a state', () => {
    expect(restoreState(story, serializeState(hall))).toEqual(hall)
    expect(serializeState(restoreState(story, serializeState(hall))!)).toBe(serializeState(hall))
    const ended: StoryState = { ...hall, ended: { sceneId: hall.sceneId, message: { en: 'Bye' } } }
    expect(restoreState(story, serializeState(ended))).toEqual(ended)
  })

  it('rejects text that is not a state', () => {
    expect(restoreState(story, 'nope')).toBeUndefined()
    expect(restoreState(story, 'null')).toBeUndefined()
    expect(restoreState(story, tampered({ turn: -1 }))).toBeUndefined()
    expect(restoreState(story, tampered({ extra: 1 }))).toBeUndefined()
    expect(restoreState(story, tampered({ history: [] }))).toBeUndefined()
  })

  it('rejects a state naming scenes the story does not have', () => {
    expect(restoreState(story, tampered({ sceneId: 'scene:gone', history: ['scene:gone'] }))).toBeUndefined()
    expect(restoreState(story, tampered({ visited: ['scene:yard', 'scene:gone'] }))).toBeUndefined()
    expect(restoreState(story, tampered({ history: ['scene:gone', 'scene:hall'] }))).toBeUndefined()
    expect(restoreState(story, tampered({ ended: { sceneId: 'scene:gone' } }))).toBeUndefined()
  })

  it('rejects a history that does not end in the current scene, and repeated visits', () => {
    expect(restoreState(story, tampered({ history: ['scene:hall', 'scene:yard'] }))).toBeUndefined()
    expect(restoreState(story, tampered({ visited: ['scene:yard', 'scene:yard'] }))).toBeUndefined()
  })

  it('rejects variables the story does not declare, or of the wrong type', () => {
    expect(restoreState(story, tampered({ variables: { ...hall.variables, ghost: 1 } }))).toBeUndefined()
    expect(restoreState(story, tampered({ variables: { ...hall.variables, coins: 'many' } }))).toBeUndefined()
    const proto = serializeState(hall).replace('"variables":{', '"variables":{"__proto__":{"polluted":true},')
    expect(restoreState(story, proto)).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('gives a declared variable the save lacks its initial value, and falls back for a language no longer offered', () => {
    const { coins: _coins, ...rest } = hall.variables
    expect(restoreState(story, tampered({ variables: rest }))?.variables).toEqual({ ...hall.variables, coins: 0 })
    expect(restoreState(story, tampered({ language: 'fr' }))?.language).toBe('en')
  })

  it('validates a state given as a value', () => {
    expect(validateState(story, hall)).toEqual(hall)
    expect(validateState(story, { ...hall, sceneId: 'scene:gone' })).toBeUndefined()
  })
})
