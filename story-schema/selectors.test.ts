import { describe, expect, it } from 'vitest'
import { assetId, fakeAudio, fakeBillboard, fakeChoice, fakeImage, fakeSoundHotspot, sceneId } from './engine/testing-fakes'
import type { Story } from './records/story'
import {
  assetIdsUsed,
  findAsset,
  findHotspot,
  findScene,
  hotspotTargets,
  reachableSceneIds,
  sceneExitIds,
  sceneWithId,
  variableWithName,
} from './selectors'
import { fakeLink, fakeScene, fakeStory } from './testing/fake-story'

describe('findScene / sceneWithId / findAsset / findHotspot / variableWithName', () => {
  const story = fakeStory({ variables: [{ name: 'hasKey', type: 'flag', initial: false }] })

  it('find records by id', () => {
    expect(findScene(story, 'scene:b')?.id).toBe('scene:b')
    expect(findScene(story, 'scene:nope')).toBeUndefined()
    expect(sceneWithId(story, 'scene:a').id).toBe('scene:a')
    expect(() => sceneWithId(story, 'scene:nope')).toThrow(/no scene with the id "scene:nope"/)
    expect(findAsset(story, 'asset:pano-a')?.kind).toBe('panorama')
    expect(findAsset(story, 'asset:nope')).toBeUndefined()
    expect(findHotspot(story.scenes[0]!, 'hotspot:to-b')?.kind).toBe('link')
    expect(findHotspot(story.scenes[0]!, 'hotspot:nope')).toBeUndefined()
    expect(variableWithName(story, 'hasKey')?.type).toBe('flag')
    expect(variableWithName(story, 'nope')).toBeUndefined()
  })

  it('notices a scenes array changed in place', () => {
    const scenes = [fakeScene('x')]
    const mutable = fakeStory({ scenes })
    expect(findScene(mutable, 'scene:y')).toBeUndefined()
    scenes.push(fakeScene('y'))
    expect(findScene(mutable, 'scene:y')?.id).toBe('scene:y')
  })
})

describe('hotspotTargets / sceneExitIds', () => {
  it('lists link, choice and goTo targets once each', () => {
    const link = fakeLink('door', 'b', { effects: [{ type: 'goTo', sceneId: sceneId('c') }] })
    const board = fakeBillboard('sign', [
      fakeChoice('yes', 'c'),
      fakeChoice('no', undefined, { effects: [{ type: 'goTo', sceneId: sceneId('d') }] }),
      fakeChoice('again', 'c'),
    ])
    expect(hotspotTargets(link)).toEqual(['scene:b', 'scene:c'])
    expect(hotspotTargets(board)).toEqual(['scene:c', 'scene:d'])
    expect(hotspotTargets(fakeSoundHotspot('bell', 'bell'))).toEqual([])
    const scene = fakeScene('a', { hotspots: [link], onEnter: [{ type: 'goTo', sceneId: sceneId('e') }] })
    expect(sceneExitIds(scene)).toEqual(['scene:e', 'scene:b', 'scene:c'])
  })
})

describe('reachableSceneIds', () => {
  it('walks links, choices and goTo effects from the start, ignoring conditions', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('to-b', 'b', { visibleIf: { type: 'visited', sceneId: sceneId('z') } })] }),
        fakeScene('b', { hotspots: [fakeBillboard('sign', [fakeChoice('go', 'c')])] }),
        fakeScene('c', { onEnter: [{ type: 'goTo', sceneId: sceneId('d') }] }),
        fakeScene('d', { hotspots: [fakeLink('to-missing', 'missing')] }),
        fakeScene('lonely'),
      ],
    })
    expect([...reachableSceneIds(story)]).toEqual(['scene:a', 'scene:b', 'scene:c', 'scene:d'])
  })

  it('is empty when the start scene is missing', () => {
    expect(reachableSceneIds(fakeStory({ startSceneId: sceneId('nope') })).size).toBe(0)
  })
})

describe('assetIdsUsed', () => {
  it('collects panoramas, images, sounds, narration, beds and playSound effects', () => {
    const scene = fakeScene('a', {
      hotspots: [
        fakeBillboard('sign', [fakeChoice('c', undefined, { effects: [{ type: 'playSound', assetId: assetId('ding') }] })], {
          imageAssetId: assetId('photo'),
        } as never),
        fakeSoundHotspot('bell', 'bell'),
      ],
      narrations: [{ language: 'en', assetId: assetId('voice'), cues: [] }],
      soundscape: {
        beds: [{ id: 'sound:wind' as never, assetId: assetId('wind'), gain: 1, loop: true, fadeInMs: 0, fadeOutMs: 0 }],
        sounds: [{ id: 'sound:gull' as never, assetId: assetId('gull'), yawDeg: 0, pitchDeg: 0, distanceM: 2, gain: 1, loop: true }],
      },
      onEnter: [{ type: 'playSound', assetId: assetId('horn') }],
    })
    const story: Story = fakeStory({ scenes: [scene], assets: [fakeImage('photo'), fakeAudio('bell')] })
    expect([...assetIdsUsed(story)].sort()).toEqual(
      ['asset:pano-a', 'asset:photo', 'asset:bell', 'asset:voice', 'asset:wind', 'asset:gull', 'asset:horn', 'asset:ding'].sort(),
    )
  })
})
