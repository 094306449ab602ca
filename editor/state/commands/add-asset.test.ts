import type { AssetId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import type { ImportedPhoto } from '../../photo-import'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { addAsset } from './add-asset'

const bytes = (n: number) => new ArrayBuffer(n)
const photo: ImportedPhoto = {
  fileName: 'Bus Stop (2).JPG',
  sourceMime: 'image/jpeg',
  sourceWidthPx: 8000,
  sourceHeightPx: 4000,
  main: { bytes: bytes(5000), mime: 'image/jpeg', widthPx: 8000, heightPx: 4000 },
  derivatives: [
    { bytes: bytes(2000), mime: 'image/jpeg', widthPx: 4096, heightPx: 2048, role: 'downscaled' },
    { bytes: bytes(50), mime: 'image/jpeg', widthPx: 256, heightPx: 128, role: 'preview' },
  ],
  projection: { type: 'full' },
  poseHeadingDeg: 45,
  warnings: [],
}
const sha256 = { main: 'a'.repeat(64), derivatives: ['b'.repeat(64), 'c'.repeat(64)] }
const story = editorTestStory()

describe('addAsset', () => {
  it('adds a panorama asset with its copies under names from the file name', () => {
    const next = addAsset(story, { id: 'asset:bus' as AssetId, photo, sha256, description: 'A bus stop in the rain.' })
    expect(next.assets.at(-1)).toEqual({
      id: 'asset:bus',
      kind: 'panorama',
      path: 'images/bus-stop-2.jpg',
      mime: 'image/jpeg',
      bytes: 5000,
      sha256: 'a'.repeat(64),
      widthPx: 8000,
      heightPx: 4000,
      projection: { type: 'full' },
      derivatives: [
        { role: 'downscaled', path: 'images/bus-stop-2-4096.jpg', mime: 'image/jpeg', bytes: 2000, sha256: 'b'.repeat(64), widthPx: 4096, heightPx: 2048 },
        { role: 'preview', path: 'images/bus-stop-2-preview.jpg', mime: 'image/jpeg', bytes: 50, sha256: 'c'.repeat(64), widthPx: 256, heightPx: 128 },
      ],
      poseHeadingDeg: 45,
      description: { en: 'A bus stop in the rain.' },
    })
    expect(next.assets[0]).toBe(story.assets[0])
    expectValid(next)
  })

  it('gives a second photo of the same name other file names', () => {
    const once = addAsset(story, { id: 'asset:one' as AssetId, photo, sha256 })
    const twice = addAsset(once, { id: 'asset:two' as AssetId, photo, sha256 })
    expect(twice.assets.at(-1)!.path).toBe('images/bus-stop-2-2.jpg')
    const odd = addAsset(story, { id: 'asset:odd' as AssetId, photo: { ...photo, fileName: 'Ærø 😀.jpeg' }, sha256 })
    expect(odd.assets.at(-1)!.path).toBe('images/r.jpg')
    const none = addAsset(story, { id: 'asset:none' as AssetId, photo: { ...photo, fileName: '😀.jpg' }, sha256 })
    expect(none.assets.at(-1)!.path).toBe('images/photo.jpg')
    expectValid(twice)
  })

  it('refuses a used id, missing hashes and a bad hash', () => {
    expect(() => addAsset(story, { id: 'asset:bell' as AssetId, photo, sha256 })).toThrow(/already used/)
    expect(() => addAsset(story, { id: 'asset:x' as AssetId, photo, sha256: { main: sha256.main, derivatives: [] } })).toThrow(/hash/)
    expect(() => addAsset(story, { id: 'asset:x' as AssetId, photo, sha256: { ...sha256, main: 'XYZ' } })).toThrow(/sha-256/)
  })
})
