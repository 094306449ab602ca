import { describe, expect, it } from 'vitest'
import { choose } from './choose'
import type { EngineStep } from './engine-effect'
import { engineTestStory } from './engine-test-story'
import { goBack } from './go-back'
import { startStory } from './start-story'

const story = engineTestStory()
const start = startStory(story).state
const ok = (step: EngineStep) => {
  if (!step.ok) throw new Error(step.reason)
  return step
}

describe('goBack', () => {
  it('returns to the previous scene, keeping variables and visited, without running on-entering effects again', () => {
    const hall = ok(choose(story, start, { hotspotId: 'hotspot:to-hall' })).state
    const back = ok(goBack(story, hall))
    expect(back.state).toEqual({ ...hall, sceneId: 'scene:yard', history: ['scene:yard'], turn: 2 })
    expect(back.state.variables.coins).toBe(1)
    expect(back.effects).toEqual([{ type: 'enterScene', sceneId: 'scene:yard' }])
  })

  it('leaves the end screen', () => {
    const key = ok(choose(story, start, { hotspotId: 'hotspot:chest', choiceId: 'choice:take' })).state
    const vault = ok(choose(story, key, { hotspotId: 'hotspot:door' })).state
    expect(vault.ended).not.toBeNull()
    const back = ok(goBack(story, vault)).state
    expect(back).toMatchObject({ sceneId: 'scene:yard', ended: null })
  })

  it('refuses in the first scene', () => {
    expect(goBack(story, start)).toEqual({ ok: false, reason: 'no-history' })
  })
})
