import type { AssetId, HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { addHotspot } from './add-hotspot'

const story = editorTestStory()
const a = 'scene:a' as SceneId
const id = (name: string) => `hotspot:${name}` as HotspotId

describe('addHotspot', () => {
  it('adds a 10° link with a unique label ("Door 2"), leading to the next scene, last in keyboard order', () => {
    const next = addHotspot(story, { id: id('new'), kind: 'link', sceneId: a, yawDeg: 190.04, pitchDeg: -12.26 })
    const added = next.scenes[0]!.hotspots[2]!
    expect(added).toEqual({
      id: 'hotspot:new',
      kind: 'link',
      yawDeg: -170,
      pitchDeg: -12.3,
      sizeDeg: 10,
      label: { en: 'Door 2' },
      targetSceneId: 'scene:b',
      icon: 'door',
      effects: [],
    })
    expect(next.scenes[0]!.hotspots[0]).toBe(story.scenes[0]!.hotspots[0])
    expect(next.scenes[1]).toBe(story.scenes[1])
    expectValid(next)
  })

  it('makes a billboard titled like its label, and a sound with the first sound of the story', () => {
    const sign = addHotspot(story, { id: id('s2'), kind: 'billboard', sceneId: a, yawDeg: 0, pitchDeg: 0 })
    expect(sign.scenes[0]!.hotspots[2]).toMatchObject({ label: { en: 'Sign 2' }, title: { en: 'Sign 2' }, choices: [] })
    const sound = addHotspot(story, { id: id('bell'), kind: 'sound', sceneId: 'scene:c' as SceneId, yawDeg: 0, pitchDeg: 0 })
    expect(sound.scenes[2]!.hotspots[0]).toMatchObject({ label: { en: 'Sound' }, assetId: 'asset:bell', gain: 1, loop: false })
    expectValid(sign)
    expectValid(sound)
  })

  it('links from the last scene to the first, and takes a given label, size and target', () => {
    const back = addHotspot(story, { id: id('back'), kind: 'link', sceneId: 'scene:c' as SceneId, yawDeg: 0, pitchDeg: 0 })
    expect(back.scenes[2]!.hotspots[0]).toMatchObject({ targetSceneId: 'scene:a' })
    const given = addHotspot(story, {
      id: id('gate'),
      kind: 'link',
      sceneId: a,
      yawDeg: 0,
      pitchDeg: 0,
      label: 'Gate',
      sizeDeg: 0,
      targetSceneId: 'scene:c' as SceneId,
    })
    expect(given.scenes[0]!.hotspots[2]).toMatchObject({ label: { en: 'Gate' }, sizeDeg: 1, targetSceneId: 'scene:c' })
  })

  it('refuses a used id, a sound when the story has none, and a target that does not exist', () => {
    expect(() => addHotspot(story, { id: id('door'), kind: 'link', sceneId: a, yawDeg: 0, pitchDeg: 0 })).toThrow(/already used/)
    const silent = { ...story, assets: story.assets.filter((asset) => asset.kind !== 'audio') }
    expect(() => addHotspot(silent, { id: id('x'), kind: 'sound', sceneId: a, yawDeg: 0, pitchDeg: 0 })).toThrow(/no sounds yet/)
    const pano = 'asset:pano-a' as AssetId
    expect(() => addHotspot(story, { id: id('x'), kind: 'sound', sceneId: a, yawDeg: 0, pitchDeg: 0, assetId: pano })).toThrow(/not a sound/)
    const nowhere = 'scene:nowhere' as SceneId
    expect(() => addHotspot(story, { id: id('x'), kind: 'link', sceneId: a, yawDeg: 0, pitchDeg: 0, targetSceneId: nowhere })).toThrow(/no scene/)
    expect(() => addHotspot(story, { id: id('x'), kind: 'link', sceneId: a, yawDeg: Number.NaN, pitchDeg: 0 })).toThrow('Enter a number.')
  })
})
