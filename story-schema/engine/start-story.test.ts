import { describe, expect, it } from 'vitest'
import { fakeScene, fakeStory } from '../testing/fake-story'
import { engineTestStory } from './engine-test-story'
import { serializeState } from './serialize-state'
import { initialVariables, startStory } from './start-story'
import { sceneId } from './testing-fakes'

describe('startStory', () => {
  const story = engineTestStory()

  it('enters the start scene with every variable at its initial value and runs its on-entering effects', () => {
    expect(initialVariables(story)).toEqual({ hasKey: false, coins: 0, name: '' })
    const { state, effects } = startStory(story)
    expect(state).toEqual({
      sceneId: 'scene:yard',
      language: 'en',
      variables: { hasKey: false, coins: 0, name: 'yard' },
      visited: ['scene:yard'],
      history: ['scene:yard'],
      ended: null,
      turn: 0,
    })
    expect(effects).toEqual([
      { type: 'enterScene', sceneId: 'scene:yard' },
      { type: 'setVariable', name: 'name', value: 'yard' },
    ])
  })

  it('plays in the language asked for when the story has it (or a close match), else the story language', () => {
    expect(startStory(story, { language: 'nb' }).state.language).toBe('nb')
    expect(startStory(story, { language: 'en-GB' }).state.language).toBe('en')
    expect(startStory(story, { language: 'fr' }).state.language).toBe('en')
  })

  it('resumes a save that fits, as a state or as JSON, in a language asked for', () => {
    const path = [sceneId('yard'), sceneId('hall')]
    const saved = { ...startStory(story).state, sceneId: sceneId('hall'), visited: path, history: path, turn: 1 }
    expect(startStory(story, { saved }).state).toEqual(saved)
    expect(startStory(story, { saved: serializeState(saved) }).state).toEqual(saved)
    expect(startStory(story, { saved, language: 'nb' }).state).toEqual({ ...saved, language: 'nb' })
    expect(startStory(story, { saved }).effects).toEqual([{ type: 'enterScene', sceneId: 'scene:hall' }])
  })

  it('starts afresh when the save does not fit', () => {
    const fresh = startStory(story).state
    expect(startStory(story, { saved: '{"sceneId":"scene:elsewhere"}' }).state).toEqual(fresh)
    expect(startStory(story, { saved: 'not json' }).state).toEqual(fresh)
  })

  it('ends at once in a one-scene story whose start is an ending', () => {
    const { state, effects } = startStory(fakeStory({ scenes: [fakeScene('only', { ending: { message: { en: 'Done' } } })] }))
    expect(state.ended).toEqual({ sceneId: 'scene:only', message: { en: 'Done' } })
    expect(effects.at(-1)).toEqual({ type: 'end', sceneId: 'scene:only', message: { en: 'Done' } })
  })

  it('rests in the last scene when the start jumps round in circles', () => {
    const loop = fakeStory({
      scenes: [
        fakeScene('a', { onEnter: [{ type: 'goTo', sceneId: sceneId('b') }] }),
        fakeScene('b', { onEnter: [{ type: 'goTo', sceneId: sceneId('a') }] }),
      ],
    })
    const { state, effects } = startStory(loop)
    expect(effects.filter((e) => e.type === 'enterScene')).toHaveLength(10)
    expect(state.history).toEqual([state.sceneId])
    expect(state.visited).toEqual(['scene:a', 'scene:b'])
  })

  it('throws only when the start scene does not exist', () => {
    expect(() => startStory(fakeStory({ startSceneId: sceneId('nope') }))).toThrow(/does not exist/)
  })
})
