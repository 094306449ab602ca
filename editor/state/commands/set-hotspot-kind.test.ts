import type { HotspotId, SceneId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { setHotspotKind } from './set-hotspot-kind'

const story = editorTestStory()
const a = 'scene:a' as SceneId

describe('setHotspotKind', () => {
  it('turns a billboard into a link, keeping its id, place, label and condition', () => {
    const next = setHotspotKind(story, { sceneId: a, hotspotId: 'hotspot:sign' as HotspotId, kind: 'link' })
    expect(next.scenes[0]!.hotspots[1]).toEqual({
      id: 'hotspot:sign',
      kind: 'link',
      yawDeg: 90,
      pitchDeg: 0,
      sizeDeg: 10,
      label: { en: 'Sign' },
      visibleIf: { type: 'compare', variable: 'hasKey', op: 'eq', value: true },
      targetSceneId: 'scene:b',
      icon: 'door',
      effects: [],
    })
    expectValid(next)
  })

  it('turns a link into a billboard or a sound; the same kind changes nothing', () => {
    const door = 'hotspot:door' as HotspotId
    expect(setHotspotKind(story, { sceneId: a, hotspotId: door, kind: 'billboard' }).scenes[0]!.hotspots[0]).toMatchObject({
      kind: 'billboard',
      title: { en: 'Door' },
      choices: [],
    })
    expect(setHotspotKind(story, { sceneId: a, hotspotId: door, kind: 'sound' }).scenes[0]!.hotspots[0]).toMatchObject({ kind: 'sound', assetId: 'asset:bell' })
    expect(setHotspotKind(story, { sceneId: a, hotspotId: door, kind: 'link' })).toBe(story)
  })
})
