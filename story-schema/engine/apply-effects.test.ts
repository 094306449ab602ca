import { describe, expect, it } from 'vitest'
import { applyEffects } from './apply-effects'
import type { StoryState } from './story-state'
import { assetId, sceneId } from './testing-fakes'

const state: StoryState = Object.freeze({
  sceneId: sceneId('a'),
  language: 'en',
  variables: Object.freeze({ hasKey: false, coins: 1, name: '' }),
  visited: [sceneId('a')],
  history: [sceneId('a')],
  ended: null,
  turn: 2,
})

describe('applyEffects', () => {
  it('sets, adds and toggles declared variables in order, and reports each change', () => {
    const result = applyEffects(state, [
      { type: 'set', variable: 'name', value: 'Kari' },
      { type: 'add', variable: 'coins', amount: 2.5 },
      { type: 'toggle', variable: 'hasKey' },
      { type: 'toggle', variable: 'hasKey' },
    ])
    expect(result.state.variables).toEqual({ hasKey: false, coins: 3.5, name: 'Kari' })
    expect(result.effects).toEqual([
      { type: 'setVariable', name: 'name', value: 'Kari' },
      { type: 'setVariable', name: 'coins', value: 3.5 },
      { type: 'setVariable', name: 'hasKey', value: true },
      { type: 'setVariable', name: 'hasKey', value: false },
    ])
    expect(result.goTo).toBeNull()
    expect(state.variables).toEqual({ hasKey: false, coins: 1, name: '' })
  })

  it('skips effects on undeclared variables or of the wrong type', () => {
    const result = applyEffects(state, [
      { type: 'set', variable: 'ghost', value: 1 },
      { type: 'set', variable: 'coins', value: 'lots' },
      { type: 'add', variable: 'hasKey', amount: 1 },
      { type: 'toggle', variable: 'coins' },
    ])
    expect(result.state.variables).toEqual(state.variables)
    expect(result.effects).toEqual([])
    expect(Object.keys(result.state.variables)).toEqual(['hasKey', 'coins', 'name'])
  })

  it('keeps numbers within ±1e9', () => {
    const result = applyEffects(state, [{ type: 'add', variable: 'coins', amount: 1e9 }])
    expect(result.state.variables.coins).toBe(1e9)
    const down = { type: 'add', variable: 'coins', amount: -1e9 } as const
    expect(applyEffects(state, [down, down]).state.variables.coins).toBe(-1e9)
  })

  it('asks for sounds, gain 1 unless given', () => {
    const sounds = [{ type: 'playSound', assetId: assetId('a') }, { type: 'playSound', assetId: assetId('b'), gain: 0.2 }] as const
    expect(applyEffects(state, sounds).effects).toEqual([
      { type: 'playSound', assetId: 'asset:a', gain: 1 },
      { type: 'playSound', assetId: 'asset:b', gain: 0.2 },
    ])
  })

  it('stops at a goTo and returns it', () => {
    const result = applyEffects(state, [{ type: 'goTo', sceneId: sceneId('b') }, { type: 'toggle', variable: 'hasKey' }])
    expect(result.goTo).toBe('scene:b')
    expect(result.state.variables.hasKey).toBe(false)
  })

  it('stops at an end and ends the story in the current scene', () => {
    const result = applyEffects(state, [{ type: 'end', message: { en: 'Bye' } }, { type: 'goTo', sceneId: sceneId('b') }])
    expect(result.state.ended).toEqual({ sceneId: 'scene:a', message: { en: 'Bye' } })
    expect(result.effects).toEqual([{ type: 'end', sceneId: 'scene:a', message: { en: 'Bye' } }])
    expect(result.goTo).toBeNull()
    expect(applyEffects(state, [{ type: 'end' }]).state.ended).toEqual({ sceneId: 'scene:a' })
  })
})
