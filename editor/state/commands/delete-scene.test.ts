import type { SceneId } from '@story-schema'
import { checkStory } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { fakeStory } from '../../../story-schema/testing/fake-story'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { deleteScene } from './delete-scene'

const story = editorTestStory()

describe('deleteScene', () => {
  it('removes the scene; links to it stay and the checks call them broken', () => {
    const next = deleteScene(story, { sceneId: 'scene:b' as SceneId })
    expect(next.scenes.map((scene) => scene.id)).toEqual(['scene:a', 'scene:c'])
    expect(next.scenes[0]).toBe(story.scenes[0])
    expect(next.scenes[0]!.hotspots[0]).toMatchObject({ targetSceneId: 'scene:b' })
    expect(checkStory(next).filter((issue) => issue.code === 'missing-target').map((issue) => issue.where)).toEqual([
      "Scene 'a' › hotspot 'Door' › target",
      "Scene 'a' › hotspot 'Sign' › choice 'Go on' › target",
      "Scene 'c' › on entering › effect 1",
    ])
    expectValid(next)
  })

  it('moves the start to the first remaining scene when the start goes', () => {
    expect(deleteScene(story, { sceneId: 'scene:a' as SceneId }).startSceneId).toBe('scene:b')
  })

  it('refuses the last scene and an unknown scene', () => {
    const one = fakeStory({ scenes: [story.scenes[1]!] })
    expect(() => deleteScene(one, { sceneId: 'scene:b' as SceneId })).toThrow(/at least one scene/)
    expect(() => deleteScene(story, { sceneId: 'scene:zz' as SceneId })).toThrow(/no scene/)
  })
})
