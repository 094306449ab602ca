import type { AssetId, HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { updateHotspot } from './update-hotspot'

const story = { ...editorTestStory(), languages: ['en', 'nb'] }
const a = 'scene:a' as SceneId
const door = 'hotspot:door' as HotspotId
const sign = 'hotspot:sign' as HotspotId
const hotspots = (s: typeof story) => s.scenes[0]!.hotspots

describe('updateHotspot', () => {
  it('changes a link’s label, description, size, target, icon and condition', () => {
    const next = updateHotspot(story, {
      sceneId: a,
      hotspotId: door,
      changes: {
        label: 'Red door',
        description: 'A red door with a brass knob.',
        sizeDeg: 14,
        targetSceneId: 'scene:c' as SceneId,
        icon: 'arrow',
        visibleIf: { type: 'visited', sceneId: 'scene:b' as SceneId },
      },
    })
    expect(hotspots(next)[0]).toMatchObject({
      label: { en: 'Red door' },
      description: { en: 'A red door with a brass knob.' },
      sizeDeg: 14,
      targetSceneId: 'scene:c',
      icon: 'arrow',
      visibleIf: { type: 'visited', sceneId: 'scene:b' },
    })
    expect(hotspots(next)[1]).toBe(hotspots(story)[1])
    const plain = updateHotspot(next, { sceneId: a, hotspotId: door, changes: { description: '', visibleIf: null } })
    expect(hotspots(plain)[0]).not.toHaveProperty('description')
    expect(hotspots(plain)[0]).not.toHaveProperty('visibleIf')
    expectValid(plain)
  })

  it('changes a billboard’s title, text, picture and https link, in another language too', () => {
    const next = updateHotspot(story, {
      sceneId: a,
      hotspotId: sign,
      language: 'nb',
      changes: { title: 'Velkommen', body: 'Hei!', imageAssetId: 'asset:map' as AssetId, url: ' https://example.org/a ', urlLabel: 'Mer' },
    })
    expect(hotspots(next)[1]).toMatchObject({
      title: { en: 'Welcome', nb: 'Velkommen' },
      body: { nb: 'Hei!' },
      imageAssetId: 'asset:map',
      url: 'https://example.org/a',
      urlLabel: { nb: 'Mer' },
    })
    const removed = updateHotspot(next, { sceneId: a, hotspotId: sign, changes: { url: '', imageAssetId: null } })
    expect(hotspots(removed)[1]).not.toHaveProperty('url')
    expect(hotspots(removed)[1]).not.toHaveProperty('imageAssetId')
    expectValid(removed)
  })

  it('refuses links that are not https, fields of another kind and missing media', () => {
    for (const url of ['http://example.org', 'javascript:alert(1)', 'https://user:pw@example.org', 'example.org']) {
      expect(() => updateHotspot(story, { sceneId: a, hotspotId: sign, changes: { url } })).toThrow(
        'The web address must be a web address starting with https://.',
      )
    }
    expect(() => updateHotspot(story, { sceneId: a, hotspotId: door, changes: { url: 'https://example.org' } })).toThrow(/A link hotspot has no “url”/)
    expect(() => updateHotspot(story, { sceneId: a, hotspotId: sign, changes: { imageAssetId: 'asset:bell' as AssetId } })).toThrow(/not a picture/)
    expect(() => updateHotspot(story, { sceneId: a, hotspotId: door, changes: { label: '' } })).toThrow('The label must not be empty.')
    expect(() => updateHotspot(story, { sceneId: a, hotspotId: door, changes: { label: 'a\nb' } })).toThrow('The label must be a single line.')
  })

  it('changes a sound’s clip, volume (0–1, in hundredths), loop and caption', () => {
    const bell = { id: 'hotspot:bell', kind: 'sound', yawDeg: 0, pitchDeg: 0, sizeDeg: 10, label: { en: 'Bell' }, assetId: 'asset:bell' }
    const withSound = {
      ...story,
      scenes: story.scenes.map((scene, i) => (i === 2 ? { ...scene, hotspots: [{ ...bell, gain: 1, loop: false }] } : scene)),
    } as typeof story
    const at = { sceneId: 'scene:c' as SceneId, hotspotId: 'hotspot:bell' as HotspotId }
    const next = updateHotspot(withSound, { ...at, changes: { gain: 1.5, loop: true, caption: '[a bell rings]' } })
    expect(next.scenes[2]!.hotspots[0]).toMatchObject({ gain: 1, loop: true, caption: { en: '[a bell rings]' } })
    expect(updateHotspot(next, { ...at, changes: { gain: 0.333 } }).scenes[2]!.hotspots[0]).toMatchObject({ gain: 0.33 })
    expectValid(next)
  })

  it('returns the same story when nothing changes', () => {
    expect(updateHotspot(story, { sceneId: a, hotspotId: door, changes: { label: 'Door', icon: 'arrow' } })).toBe(story)
  })
})
