import type { HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { createEditorStore } from './editor-store'
import { activeScene, assetsOfKind, issuesAt, scenePicturePath, sceneThumbnailPath, sceneTitle, selectedHotspot, storyIssues } from './selectors'
import { sceneReferences } from './scene-references'
import { editorTestStory } from './testing/editor-test-story'
import { variableUsages } from './variable-usages'

const story = editorTestStory()

describe('selectors', () => {
  it('give the open scene and the selected hotspot', () => {
    const store = createEditorStore(story)
    expect(activeScene(store.getState()).id).toBe('scene:a')
    expect(selectedHotspot(store.getState())).toBeUndefined()
    store.getState().selectHotspot('hotspot:sign' as HotspotId)
    expect(selectedHotspot(store.getState())?.id).toBe('hotspot:sign')
    store.getState().selectScene('scene:b' as SceneId)
    expect(selectedHotspot(store.getState())).toBeUndefined()
  })

  it('compute the checks once per document, and find the issues of a scene or hotspot', () => {
    const issues = storyIssues(story)
    expect(storyIssues(story)).toBe(issues)
    const broken = { ...story, scenes: story.scenes.filter((scene) => scene.id !== 'scene:b') }
    const atA = issuesAt(storyIssues(broken), 'scene:a' as SceneId, 'hotspot:door')
    expect(atA.map((issue) => issue.code)).toContain('missing-target')
  })

  it('name scenes and pick pictures', () => {
    expect(sceneTitle(story, story.scenes[0]!, 'nb')).toBe('a')
    expect(assetsOfKind(story, 'audio').map((asset) => asset.id)).toEqual(['asset:bell'])
    expect(sceneThumbnailPath(story, story.scenes[0]!)).toBe('images/a.jpg')
    expect(scenePicturePath(story, story.scenes[0]!)).toBe('images/a.jpg')
    const noPhoto = { ...story.scenes[0]!, panoramaAssetId: 'asset:gone' as never }
    expect(sceneThumbnailPath(story, noPhoto)).toBeUndefined()
  })

  it('list where a variable is used and where a scene is led to, in words', () => {
    expect(variableUsages(story, 'hasKey')).toEqual([
      { where: "Scene 'a' › hotspot 'Sign' › shown when", how: 'condition', ref: { sceneId: 'scene:a', hotspotId: 'hotspot:sign' } },
    ])
    expect(variableUsages(story, 'nothing')).toEqual([])
    expect(sceneReferences(story, 'scene:b' as SceneId).map((reference) => reference.where)).toEqual([
      "Scene 'a' › hotspot 'Door' › target",
      "Scene 'a' › hotspot 'Sign' › choice 'Go on' › target",
      "Scene 'c' › on arrival",
    ])
  })
})
