import { describe, expect, test } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { createGuideStore } from './guide-store'
import { completeGuideStep } from './complete-step'
import { currentStep, freshProgress, markDone, parseProgress, stepsInChange } from './guide-steps'

/** The first-run guide's rules: steps in order, ticked by what the person does, remembered. */
describe('first-run guide', () => {
  test('the current step is the first not done; steps may be done in any order', () => {
    expect(currentStep(freshProgress)).toBe('open-story')
    const linked = markDone(freshProgress, 'add-link')
    expect(currentStep(linked)).toBe('open-story')
    const all = ['open-story', 'add-scene', 'preview'].reduce((progress, step) => markDone(progress, step as never), linked)
    expect(all.done).toEqual(['open-story', 'add-scene', 'add-link', 'preview'])
    expect(currentStep(all)).toBeNull()
    expect(markDone(all, 'preview')).toBe(all)
  })

  test('a document change that adds a scene or a link ticks those steps; other changes none', () => {
    const story = editorTestStory()
    const [first, second] = story.scenes
    if (!first || !second) throw new Error('the test story has two scenes')
    const moreScenes = { ...story, scenes: [...story.scenes, { ...second, id: 'scene:extra' as typeof second.id, hotspots: [] }] }
    expect(stepsInChange(story, moreScenes)).toEqual(['add-scene'])
    const link = { id: 'hotspot:new', kind: 'link', targetSceneId: second.id } as unknown as (typeof first.hotspots)[number]
    const linked = { ...story, scenes: [{ ...first, hotspots: [...first.hotspots, link] }, ...story.scenes.slice(1)] }
    expect(stepsInChange(story, linked)).toEqual(['add-link'])
    expect(stepsInChange(linked, story)).toEqual([])
    expect(stepsInChange(story, { ...story, title: { en: 'Renamed' } })).toEqual([])
  })

  test('progress is remembered, hand-edited values are ignored, and ticking says what is next', () => {
    const memory = new Map<string, string>()
    const storage = { getItem: (key: string) => memory.get(key) ?? null, setItem: (key: string, value: string) => void memory.set(key, value) }
    const store = createGuideStore(storage)
    completeGuideStep('open-story', store)
    expect(store.getState().announcement).toBe('Done: Open a story. Next: Add a scene from a photo.')
    store.getState().setHidden(true)
    const again = createGuideStore(storage)
    expect(again.getState()).toMatchObject({ done: ['open-story'], hidden: true })
    expect(parseProgress('{"done":["preview","nonsense",3],"hidden":"yes"}')).toEqual({ done: ['preview'], hidden: false })
    expect(parseProgress('not json')).toEqual(freshProgress)
    again.getState().restart()
    expect(createGuideStore(storage).getState()).toMatchObject({ done: [], hidden: false })
  })
})
