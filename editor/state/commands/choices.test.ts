import type { ChoiceId, HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { addChoice } from './add-choice'
import { deleteChoice } from './delete-choice'
import { reorderChoices } from './reorder-choices'
import { updateChoice } from './update-choice'

const story = editorTestStory()
const at = { sceneId: 'scene:a' as SceneId, hotspotId: 'hotspot:sign' as HotspotId }
const choices = (s: typeof story) => {
  const sign = s.scenes[0]!.hotspots[1]!
  return sign.kind === 'billboard' ? sign.choices : []
}

describe('addChoice, updateChoice, reorderChoices, deleteChoice', () => {
  it('adds a choice with a unique label, at the end, sharing the others', () => {
    const next = addChoice(story, { ...at, id: 'choice:c3' as ChoiceId })
    const twice = addChoice(next, { ...at, id: 'choice:c4' as ChoiceId, targetSceneId: 'scene:c' as SceneId })
    expect(choices(twice).map((choice) => choice.label.en)).toEqual(['Go on', 'Stay', 'Choice', 'Choice 2'])
    expect(choices(twice)[3]).toEqual({ id: 'choice:c4', label: { en: 'Choice 2' }, targetSceneId: 'scene:c', effects: [] })
    expect(choices(next)[0]).toBe(choices(story)[0])
    expectValid(twice)
  })

  it('changes label, target and condition; null removes the target and the condition', () => {
    const go = { ...at, choiceId: 'choice:go' as ChoiceId }
    const next = updateChoice(
      story,
      { ...go, changes: { label: 'Walk on', visibleIf: { type: 'visited', sceneId: 'scene:c' as SceneId } } },
    )
    expect(choices(next)[0]).toMatchObject({ label: { en: 'Walk on' }, targetSceneId: 'scene:b', visibleIf: { type: 'visited' } })
    const stay = updateChoice(next, { ...go, changes: { targetSceneId: null, visibleIf: null } })
    expect(choices(stay)[0]).toEqual({ id: 'choice:go', label: { en: 'Walk on' }, effects: [] })
    expect(() => updateChoice(story, { ...go, changes: { label: '' } })).toThrow('The label must not be empty.')
    expect(() => updateChoice(story, { ...go, changes: { targetSceneId: 'scene:zz' as SceneId } })).toThrow(/no scene/)
    expectValid(stay)
  })

  it('reorders and deletes; choices only exist on billboards', () => {
    const reordered = reorderChoices(story, { ...at, choiceId: 'choice:stay' as ChoiceId, toIndex: 0 })
    expect(choices(reordered).map((choice) => choice.id)).toEqual(['choice:stay', 'choice:go'])
    const left = deleteChoice(story, { ...at, choiceId: 'choice:go' as ChoiceId })
    expect(choices(left).map((choice) => choice.id)).toEqual(['choice:stay'])
    expect(() => deleteChoice(left, { ...at, choiceId: 'choice:go' as ChoiceId })).toThrow(/no choice/)
    const door = { ...at, hotspotId: 'hotspot:door' as HotspotId }
    expect(() => addChoice(story, { ...door, id: 'choice:x' as ChoiceId })).toThrow('Only a billboard has choices.')
  })

  it('refuses a thirteenth choice', () => {
    let full = story
    for (let i = 0; i < 10; i++) full = addChoice(full, { ...at, id: `choice:n${i}` as ChoiceId })
    expect(choices(full)).toHaveLength(12)
    expect(() => addChoice(full, { ...at, id: 'choice:n99' as ChoiceId })).toThrow(/at most 12 choices/)
  })
})
