import type { ChoiceId, Effect, HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { setEffects } from './set-effects'

const story = editorTestStory()
const a = 'scene:a' as SceneId
const effects: Effect[] = [
  { type: 'set', variable: 'hasKey', value: true },
  { type: 'goTo', sceneId: 'scene:c' as SceneId },
]

describe('setEffects', () => {
  it('sets the effects of a scene on entering, a link and a choice', () => {
    const onEnter = setEffects(story, { target: { kind: 'scene', sceneId: a }, effects })
    expect(onEnter.scenes[0]!.onEnter).toEqual(effects)
    expect(onEnter.scenes[0]!.hotspots).toBe(story.scenes[0]!.hotspots)
    const link = setEffects(story, { target: { kind: 'link', sceneId: a, hotspotId: 'hotspot:door' as HotspotId }, effects })
    expect(link.scenes[0]!.hotspots[0]).toMatchObject({ effects })
    const target = { kind: 'choice', sceneId: a, hotspotId: 'hotspot:sign' as HotspotId, choiceId: 'choice:go' as ChoiceId } as const
    const choice = setEffects(story, { target, effects: [{ type: 'end' }] })
    expect(choice.scenes[0]!.hotspots[1]).toMatchObject({ choices: [{ effects: [{ type: 'end' }] }, {}] })
    for (const next of [onEnter, link, choice]) expectValid(next)
  })

  it('returns the same story for the same effects, and refuses effects the format does not allow', () => {
    const scene = { kind: 'scene', sceneId: 'scene:c' as SceneId } as const
    expect(setEffects(story, { target: scene, effects: [{ type: 'goTo', sceneId: 'scene:b' as SceneId }] })).toBe(story)
    expect(() => setEffects(story, { target: scene, effects: [{ type: 'add', variable: 'score', amount: Number.POSITIVE_INFINITY }] })).toThrow(
      /The amount/,
    )
    expect(() => setEffects(story, { target: scene, effects: Array.from({ length: 21 }, () => ({ type: 'end' }) as Effect) })).toThrow(/The effects/)
    const sign = { kind: 'link', sceneId: a, hotspotId: 'hotspot:sign' as HotspotId } as const
    expect(() => setEffects(story, { target: sign, effects: [] })).toThrow(/Only a link has effects/)
  })
})
