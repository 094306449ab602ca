import type { AssetId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { isCommandError } from '../command'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { addScene } from './add-scene'

const story = editorTestStory()
const pano = 'asset:pano-a' as AssetId

describe('addScene', () => {
  it('adds an empty scene at the end with a unique default title, sharing the other scenes', () => {
    const first = addScene(story, { id: 'scene:new' as SceneId, panoramaAssetId: pano })
    const second = addScene(first, { id: 'scene:new2' as SceneId, panoramaAssetId: pano })
    expect(second.scenes.map((scene) => scene.title.en)).toEqual(['a', 'b', 'c', 'New scene', 'New scene 2'])
    const added = first.scenes[3]!
    expect(added).toMatchObject({ description: { en: '' }, hotspots: [], onEnter: [], northHeadingDeg: 0, panoramaAssetId: pano })
    expect(added.initialView).toEqual({ yawDeg: 0, pitchDeg: 0, fovDeg: 75 })
    expect(first.scenes[0]).toBe(story.scenes[0])
    expect(first.assets).toBe(story.assets)
    expectValid(second)
  })

  it('puts it after a scene, with a title, a view and north from the photo', () => {
    const next = addScene(story, {
      id: 'scene:harbour' as SceneId,
      panoramaAssetId: pano,
      title: 'Harbour',
      afterSceneId: 'scene:a' as SceneId,
      initialView: { yawDeg: 200, pitchDeg: 100, fovDeg: 10 },
      northHeadingDeg: -90,
    })
    expect(next.scenes.map((scene) => scene.id)).toEqual(['scene:a', 'scene:harbour', 'scene:b', 'scene:c'])
    expect(next.scenes[1]).toMatchObject({ title: { en: 'Harbour' }, northHeadingDeg: 270, initialView: { yawDeg: -160, pitchDeg: 90, fovDeg: 30 } })
    expectValid(next)
  })

  it('refuses a used id, a picture that is not a panorama, and an empty title', () => {
    const refused = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return isCommandError(error) ? error.message : 'not a command error'
      }
      return 'accepted'
    }
    expect(refused(() => addScene(story, { id: 'scene:a' as SceneId, panoramaAssetId: pano }))).toMatch(/already used/)
    expect(refused(() => addScene(story, { id: 'scene:x' as SceneId, panoramaAssetId: 'asset:bell' as AssetId }))).toMatch(/not a 360° photo/)
    expect(refused(() => addScene(story, { id: 'scene:x' as SceneId, panoramaAssetId: pano, title: '' }))).toBe('The title must not be empty.')
  })
})
