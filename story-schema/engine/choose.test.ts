import { describe, expect, it } from 'vitest'
import type { Story } from '../records/story'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { choose } from './choose'
import type { EngineStep } from './engine-effect'
import { engineTestStory } from './engine-test-story'
import { startStory } from './start-story'
import type { StoryState } from './story-state'
import { sceneId } from './testing-fakes'

const story = engineTestStory()
const start = startStory(story).state

const ok = (step: EngineStep) => {
  if (!step.ok) throw new Error(`refused: ${step.reason}`)
  return step
}
const walk = (actions: { hotspotId: string; choiceId?: string }[], from: StoryState = start, in_: Story = story) =>
  actions.reduce((state, action) => ok(choose(in_, state, action)).state, from)

describe('choose', () => {
  it('follows a link: its effects, then the target and its on-entering effects', () => {
    const step = ok(choose(story, start, { hotspotId: 'hotspot:to-hall' }))
    expect(step.state).toMatchObject({ sceneId: 'scene:hall', visited: ['scene:yard', 'scene:hall'], history: ['scene:yard', 'scene:hall'], turn: 1 })
    expect(step.state.variables.coins).toBe(1)
    expect(step.effects).toEqual([
      { type: 'setVariable', name: 'coins', value: 1 },
      { type: 'enterScene', sceneId: 'scene:hall' },
      { type: 'playSound', assetId: 'asset:echo', gain: 0.3 },
    ])
  })

  it('applies a choice without a target and stays; its visibleIf then hides it', () => {
    const step = ok(choose(story, start, { hotspotId: 'hotspot:chest', choiceId: 'choice:take' }))
    expect(step.state).toMatchObject({ sceneId: 'scene:yard', history: ['scene:yard'], turn: 1 })
    expect(step.state.variables.hasKey).toBe(true)
    expect(step.effects).toEqual([{ type: 'setVariable', name: 'hasKey', value: true }])
    expect(choose(story, step.state, { hotspotId: 'hotspot:chest', choiceId: 'choice:take' })).toEqual({ ok: false, reason: 'hidden-choice' })
  })

  it('enters an ending scene and ends there; then refuses everything', () => {
    const withKey = walk([{ hotspotId: 'hotspot:chest', choiceId: 'choice:take' }])
    const step = ok(choose(story, withKey, { hotspotId: 'hotspot:door' }))
    expect(step.state.ended).toEqual({ sceneId: 'scene:vault', message: { en: 'Rich!', nb: 'Rik!' } })
    expect(step.effects.at(-1)).toEqual({ type: 'end', sceneId: 'scene:vault', message: { en: 'Rich!', nb: 'Rik!' } })
    expect(choose(story, step.state, { hotspotId: 'hotspot:door' })).toEqual({ ok: false, reason: 'ended' })
  })

  it('follows a choice target and then a goTo on entering, recording both as visited but only the resting scene in history', () => {
    const step = ok(choose(story, start, { hotspotId: 'hotspot:chest', choiceId: 'choice:leave' }))
    expect(step.state).toMatchObject({
      sceneId: 'scene:square',
      visited: ['scene:yard', 'scene:street', 'scene:square'],
      history: ['scene:yard', 'scene:square'],
    })
    expect(step.effects).toEqual([
      { type: 'enterScene', sceneId: 'scene:street' },
      { type: 'enterScene', sceneId: 'scene:square' },
    ])
  })

  it('ends the story where the viewer is on an end effect', () => {
    const square = walk([{ hotspotId: 'hotspot:chest', choiceId: 'choice:leave' }])
    const step = ok(choose(story, square, { hotspotId: 'hotspot:quit', choiceId: 'choice:stop' }))
    expect(step.state.ended).toEqual({ sceneId: 'scene:square', message: { en: 'Bye.' } })
    expect(step.state.sceneId).toBe('scene:square')
  })

  it('plays a sound hotspot and changes nothing else', () => {
    const step = ok(choose(story, start, { hotspotId: 'hotspot:bell' }))
    expect(step.effects).toEqual([{ type: 'playSound', assetId: 'asset:bell', gain: 0.5, hotspotId: 'hotspot:bell' }])
    expect(step.state).toEqual({ ...start, turn: 1 })
  })

  it('refuses a path to a scene that does not exist, without throwing', () => {
    const square = walk([{ hotspotId: 'hotspot:chest', choiceId: 'choice:leave' }])
    expect(choose(story, square, { hotspotId: 'hotspot:to-nowhere' })).toEqual({ ok: false, reason: 'missing-scene' })
  })

  it('refuses unknown and hidden hotspots and choices', () => {
    expect(choose(story, start, { hotspotId: 'hotspot:nope' })).toEqual({ ok: false, reason: 'unknown-hotspot' })
    expect(choose(story, start, { hotspotId: 'hotspot:door' })).toEqual({ ok: false, reason: 'hidden-hotspot' })
    expect(choose(story, start, { hotspotId: 'hotspot:chest' })).toEqual({ ok: false, reason: 'needs-choice' })
    expect(choose(story, start, { hotspotId: 'hotspot:chest', choiceId: 'choice:nope' })).toEqual({ ok: false, reason: 'unknown-choice' })
    expect(choose(story, start, { hotspotId: 'hotspot:to-hall', choiceId: 'choice:take' })).toEqual({ ok: false, reason: 'unknown-choice' })
    expect(choose(story, { ...start, sceneId: sceneId('gone') }, { hotspotId: 'hotspot:to-hall' })).toEqual({ ok: false, reason: 'unknown-scene' })
  })

  it('lets a goTo effect on a link win over its target', () => {
    const jumpy = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('to-b', 'b', { effects: [{ type: 'goTo', sceneId: sceneId('c') }] })] }),
        fakeScene('b'),
        fakeScene('c'),
      ],
    })
    expect(ok(choose(jumpy, startStory(jumpy).state, { hotspotId: 'hotspot:to-b' })).state.sceneId).toBe('scene:c')
  })

  it('refuses a step whose scenes keep jumping', () => {
    const loop = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('to-b', 'b')] }),
        fakeScene('b', { onEnter: [{ type: 'goTo', sceneId: sceneId('c') }] }),
        fakeScene('c', { onEnter: [{ type: 'goTo', sceneId: sceneId('b') }] }),
      ],
    })
    expect(choose(loop, startStory(loop).state, { hotspotId: 'hotspot:to-b' })).toEqual({ ok: false, reason: 'goto-loop' })
  })

  it('never changes the state it is given', () => {
    const frozen = structuredClone(start)
    walk([{ hotspotId: 'hotspot:to-hall' }, { hotspotId: 'hotspot:to-yard' }, { hotspotId: 'hotspot:chest', choiceId: 'choice:take' }], start)
    expect(start).toEqual(frozen)
  })
})
