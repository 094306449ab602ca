import { describe, expect, it } from 'vitest'
import { fakePanorama } from '../engine/testing-fakes'
import type { Asset } from '../records/asset'
import { fakeStory } from '../testing/fake-story'
import { checkImages } from './check-images'

const codesFor = (asset: Asset) => checkImages(fakeStory({ assets: [asset] })).map((i) => [i.code, i.severity])
const file = { mime: 'image/jpeg', bytes: 1, sha256: '2'.repeat(64) }
const downscaled = { role: 'downscaled', path: 'images/big-8k.jpg', widthPx: 8192, heightPx: 4096, ...file }
const preview = { role: 'preview', path: 'images/big-preview.jpg', widthPx: 64, heightPx: 32, ...file }

describe('checkImages', () => {
  it('accepts a 2:1 panorama with a preview', () => {
    expect(codesFor(fakePanorama('p'))).toEqual([])
    expect(codesFor(fakePanorama('p', { widthPx: 4100, heightPx: 2048 }))).toEqual([])
  })

  it('warns about a panorama over 8192 px without a downscaled copy', () => {
    expect(codesFor(fakePanorama('big', { widthPx: 16384, heightPx: 8192 }))).toEqual([['large-image-without-derivatives', 'warning']])
    expect(codesFor(fakePanorama('big', { widthPx: 16384, heightPx: 8192, derivatives: [downscaled, preview] } as never))).toEqual([])
  })

  it('notes a panorama without a preview (info)', () => {
    expect(codesFor(fakePanorama('p', { derivatives: [] } as never))).toEqual([['missing-preview', 'info']])
  })

  it('warns when a full panorama is not 2:1 within 1%', () => {
    expect(codesFor(fakePanorama('p', { widthPx: 4096, heightPx: 2000 }))).toEqual([['panorama-aspect', 'warning']])
  })

  it('warns when the full size of a partial panorama is not 2:1', () => {
    const partial = (fullWidthPx: number) =>
      fakePanorama('p', {
        widthPx: 4000,
        heightPx: 1000,
        projection: { type: 'partial', fullWidthPx, fullHeightPx: 3000, cropLeftPx: 0, cropTopPx: 1000 },
      } as never)
    expect(codesFor(partial(8000))).toEqual([['partial-panorama-aspect', 'warning']])
    expect(codesFor(partial(6000))).toEqual([])
  })
})
