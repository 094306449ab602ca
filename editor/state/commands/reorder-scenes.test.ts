import type { SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { reorderScenes } from './reorder-scenes'
import { setStartScene } from './set-start-scene'

const story = editorTestStory()
const ids = (s: typeof story) => s.scenes.map((scene) => scene.id)

describe('reorderScenes and setStartScene', () => {
  it('moves a scene, keeping the scene records', () => {
    const next = reorderScenes(story, { sceneId: 'scene:c' as SceneId, toIndex: 0 })
    expect(ids(next)).toEqual(['scene:c', 'scene:a', 'scene:b'])
    expect(next.scenes[1]).toBe(story.scenes[0])
    expect(reorderScenes(story, { sceneId: 'scene:a' as SceneId, toIndex: 0 })).toBe(story)
    expect(() => reorderScenes(story, { sceneId: 'scene:a' as SceneId, toIndex: 3 })).toThrow(/outside the list/)
  })

  it('sets the start scene, only to a scene that exists', () => {
    expect(setStartScene(story, { sceneId: 'scene:c' as SceneId }).startSceneId).toBe('scene:c')
    expect(setStartScene(story, { sceneId: 'scene:a' as SceneId })).toBe(story)
    expect(() => setStartScene(story, { sceneId: 'scene:zz' as SceneId })).toThrow(/no scene/)
  })
})
