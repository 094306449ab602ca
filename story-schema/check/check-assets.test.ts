import { describe, expect, it } from 'vitest'
import { assetId, fakeAudio, fakeBillboard, fakeChoice, fakeImage, fakeSoundHotspot } from '../engine/testing-fakes'
import { fakeScene, fakeStory } from '../testing/fake-story'
import { checkAssets } from './check-assets'

describe('checkAssets', () => {
  it('finds nothing when every asset exists, has the right kind and is used', () => {
    const scene = fakeScene('a', {
      ending: { message: { en: 'End' } },
      hotspots: [fakeBillboard('sign', [], { imageAssetId: assetId('photo') } as never), fakeSoundHotspot('bell', 'bell')],
      narrations: [{ language: 'en', assetId: assetId('voice'), cues: [] }],
      onEnter: [{ type: 'playSound', assetId: assetId('bell') }],
    })
    const story = fakeStory({ scenes: [scene] })
    story.assets = [...story.assets, fakeImage('photo'), fakeAudio('bell'), fakeAudio('voice')]
    expect(checkAssets(story)).toEqual([])
  })

  it('reports a panorama, sound, narration, bed and playSound id with no asset', () => {
    const scene = fakeScene('a', {
      panoramaAssetId: assetId('nope'),
      hotspots: [
        fakeSoundHotspot('bell', 'no-bell'),
        fakeBillboard('sign', [fakeChoice('c', undefined, { effects: [{ type: 'playSound', assetId: assetId('no-ding') }] })]),
      ],
      narrations: [{ language: 'en', assetId: assetId('no-voice'), cues: [] }],
      soundscape: { beds: [{ id: 'sound:w' as never, assetId: assetId('no-wind'), gain: 1, loop: true, fadeInMs: 0, fadeOutMs: 0 }], sounds: [] },
    })
    const story = fakeStory({ scenes: [scene], assets: [] })
    const issues = checkAssets(story)
    expect(issues.map((i) => [i.code, i.severity, i.ref.assetId, i.where])).toEqual([
      ['missing-asset', 'error', 'asset:nope', "Scene 'a' › panorama"],
      ['missing-asset', 'error', 'asset:no-voice', "Scene 'a' › narration (en)"],
      ['missing-asset', 'error', 'asset:no-wind', "Scene 'a' › ambient sound 1"],
      ['missing-asset', 'error', 'asset:no-bell', "Scene 'a' › hotspot 'bell' › sound"],
      ['missing-asset', 'error', 'asset:no-ding', "Scene 'a' › hotspot 'sign' › choice 'c' › effect 1"],
    ])
  })

  it('reports an asset of the wrong kind: a panorama that is a sound, a sound that is an image', () => {
    const scene = fakeScene('a', { panoramaAssetId: assetId('bell'), hotspots: [fakeSoundHotspot('bell', 'photo')] })
    const story = fakeStory({ scenes: [scene], assets: [fakeAudio('bell'), fakeImage('photo')] })
    const issues = checkAssets(story)
    expect(issues.map((i) => [i.code, i.ref.assetId])).toEqual([
      ['wrong-asset-kind', 'asset:bell'],
      ['wrong-asset-kind', 'asset:photo'],
    ])
    expect(issues[0]!.message).toBe("This needs a 360° photo, but Media 'audio/bell.mp3' is a sound.")
  })

  it('warns about media nothing uses', () => {
    const story = fakeStory()
    story.assets = [...story.assets, fakeAudio('spare')]
    expect(checkAssets(story)).toMatchObject([
      { severity: 'warning', code: 'unused-asset', where: "Media 'audio/spare.mp3'", ref: { assetId: 'asset:spare' } },
    ])
  })
})
