import { describe, expect, it } from 'vitest'
import { orientationSwapsSides, readExifSummary } from './exif-orientation'
import { exifTiff } from './testing/image-fixtures'

describe('readExifSummary', () => {
  it('reads the orientation tag in big- and little-endian TIFF', () => {
    expect(readExifSummary(Uint8Array.from(exifTiff({ orientation: 6 })))).toEqual({ orientation: 6, hasLocation: false })
    expect(readExifSummary(Uint8Array.from(exifTiff({ orientation: 3, littleEndian: true })))).toEqual({ orientation: 3, hasLocation: false })
  })

  it('notices a GPS pointer (B-38)', () => {
    expect(readExifSummary(Uint8Array.from(exifTiff({ gps: true }))).hasLocation).toBe(true)
  })

  it('gives the defaults for junk, truncation and out-of-range values', () => {
    const defaults = { orientation: 1, hasLocation: false }
    expect(readExifSummary(new Uint8Array(0))).toEqual(defaults)
    expect(readExifSummary(Uint8Array.from([0x4d, 0x4d, 0, 42, 0xff, 0xff, 0xff, 0xff]))).toEqual(defaults)
    expect(readExifSummary(Uint8Array.from(exifTiff({ orientation: 6 }).slice(0, 14)))).toEqual(defaults)
    expect(readExifSummary(Uint8Array.from(exifTiff({ orientation: 9 })))).toEqual(defaults)
  })

  it('swaps sides for orientations 5–8 only', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(orientationSwapsSides)).toEqual([false, false, false, false, true, true, true, true])
  })
})
