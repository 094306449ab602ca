import { describe, expect, it } from 'vitest'
import { fakeAudio, fakeBillboard, fakeImage, fakePanorama, fakeSoundHotspot } from './engine/testing-fakes'
import { fakeLink } from './testing/fake-story'
import {
  isAudioAsset,
  isBillboardHotspot,
  isImageAsset,
  isLinkHotspot,
  isPanoramaAsset,
  isSoundHotspot,
  variableTypeOfValue,
} from './type-guards'

describe('type guards', () => {
  it('tell hotspot kinds apart', () => {
    const link = fakeLink('door', 'b')
    const billboard = fakeBillboard('sign', [])
    const sound = fakeSoundHotspot('bell', 'bell')
    expect([link, billboard, sound].map(isLinkHotspot)).toEqual([true, false, false])
    expect([link, billboard, sound].map(isBillboardHotspot)).toEqual([false, true, false])
    expect([link, billboard, sound].map(isSoundHotspot)).toEqual([false, false, true])
  })

  it('tell asset kinds apart', () => {
    const assets = [fakePanorama('p'), fakeImage('i'), fakeAudio('a')]
    expect(assets.map(isPanoramaAsset)).toEqual([true, false, false])
    expect(assets.map(isImageAsset)).toEqual([false, true, false])
    expect(assets.map(isAudioAsset)).toEqual([false, false, true])
  })

  it('name the variable type of a value', () => {
    expect([true, 3, 'x'].map(variableTypeOfValue)).toEqual(['flag', 'number', 'text'])
  })
})
