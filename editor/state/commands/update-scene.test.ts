import type { AssetId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { renameScene } from './rename-scene'
import { updateScene } from './update-scene'

const story = { ...editorTestStory(), languages: ['en', 'nb'] }
const a = 'scene:a' as SceneId

describe('updateScene', () => {
  it('changes texts per language, keeping the other scenes and the other language', () => {
    const nb = updateScene(story, { sceneId: a, language: 'nb', changes: { title: 'Gården', description: 'En skolegård.' } })
    expect(nb.scenes[0]).toMatchObject({ title: { en: 'a', nb: 'Gården' }, description: { en: 'The place called a.', nb: 'En skolegård.' } })
    expect(nb.scenes[1]).toBe(story.scenes[1])
    const cleared = updateScene(nb, { sceneId: a, language: 'nb', changes: { title: '' } })
    expect(cleared.scenes[0]!.title).toEqual({ en: 'a' })
    expectValid(cleared)
  })

  it('sets north and the initial view, wrapped and clamped to tenths of a degree', () => {
    const next = updateScene(
      story,
      { sceneId: a, changes: { northHeadingDeg: 361.04, initialView: { yawDeg: 180, pitchDeg: -95, fovDeg: 200 } } },
    )
    expect(next.scenes[0]).toMatchObject({ northHeadingDeg: 1, initialView: { yawDeg: -180, pitchDeg: -90, fovDeg: 120 } })
    expectValid(next)
  })

  it('turns the ending on with a default message, edits it, and turns it off', () => {
    const on = updateScene(story, { sceneId: a, changes: { ending: true } })
    expect(on.scenes[0]!.ending).toEqual({ message: { en: 'The end.' } })
    const edited = updateScene(on, { sceneId: a, changes: { endingMessage: 'You found the way home.' } })
    expect(edited.scenes[0]!.ending).toEqual({ message: { en: 'You found the way home.' } })
    const off = updateScene(edited, { sceneId: a, changes: { ending: false } })
    expect(off.scenes[0]).not.toHaveProperty('ending')
    expectValid(off)
  })

  it('returns the same story when nothing changes, and refuses what the format does not allow', () => {
    expect(updateScene(story, { sceneId: a, changes: { title: 'a', northHeadingDeg: 0 } })).toBe(story)
    expect(() => updateScene(story, { sceneId: a, changes: { title: '' } })).toThrow('The title must not be empty.')
    expect(() => updateScene(story, { sceneId: a, changes: { title: 'x'.repeat(201) } })).toThrow(/too long \(at most 200/)
    expect(() => updateScene(story, { sceneId: a, changes: { title: 'a\u202Eb' } })).toThrow(/hidden control characters/)
    expect(() => updateScene(story, { sceneId: a, changes: { panoramaAssetId: 'asset:bell' as AssetId } })).toThrow(/not a 360° photo/)
    expect(() => updateScene(story, { sceneId: a, changes: { northHeadingDeg: Number.NaN } })).toThrow('Enter a number.')
  })

  it('renameScene is updateScene with a title', () => {
    expect(renameScene(story, { sceneId: a, title: 'Yard' }).scenes[0]!.title).toEqual({ en: 'Yard' })
  })
})
