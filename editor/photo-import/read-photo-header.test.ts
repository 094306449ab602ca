import { describe, expect, it } from 'vitest'
import { fitsPixelLimits, orientedSize, readPhotoHeader } from './read-photo-header'
import {
  exifTiff,
  gpanoXmp,
  jpegBytes,
  pngBytes,
  svgWithScript,
  webpExtendedBytes,
  webpLosslessBytes,
  webpLossyBytes,
} from './testing/image-fixtures'

const headerOf = (bytes: Uint8Array) => {
  const result = readPhotoHeader(bytes)
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`)
  return result.header
}
const problemOf = (bytes: Uint8Array) => {
  const result = readPhotoHeader(bytes)
  if (result.ok) throw new Error('accepted')
  return result.problem
}

describe('readPhotoHeader: sizes from the header, before decoding (B-33)', () => {
  it('reads a JPEG size from SOF0, SOF2 (progressive) and SOF1', () => {
    for (const sofMarker of [0xc0, 0xc1, 0xc2]) {
      expect(headerOf(jpegBytes({ widthPx: 8192, heightPx: 4096, sofMarker }))).toMatchObject({ mime: 'image/jpeg', widthPx: 8192, heightPx: 4096 })
    }
  })

  it('reads PNG IHDR and all three WebP headers', () => {
    expect(headerOf(pngBytes({ widthPx: 6000, heightPx: 3000 }))).toMatchObject({ mime: 'image/png', widthPx: 6000, heightPx: 3000, hasAlpha: false })
    expect(headerOf(webpLossyBytes(4000, 2000))).toMatchObject({ mime: 'image/webp', widthPx: 4000, heightPx: 2000 })
    expect(headerOf(webpLosslessBytes(3000, 1500, true))).toMatchObject({ widthPx: 3000, heightPx: 1500, hasAlpha: true })
    expect(headerOf(webpExtendedBytes(16_000, 4000))).toMatchObject({ widthPx: 16_000, heightPx: 4000 })
  })

  it('refuses a PNG declaring 100000 × 100000 without decoding', () => {
    expect(problemOf(pngBytes({ widthPx: 100_000, heightPx: 100_000 }))).toEqual({ code: 'too-many-pixels', widthPx: 100_000, heightPx: 100_000 })
  })

  it('refuses more than 16384 px a side or more than 16384 × 8192 pixels, and accepts a 16384 × 8192 panorama (B-33, B-34)', () => {
    expect(problemOf(jpegBytes({ widthPx: 16_385, heightPx: 100 })).code).toBe('too-many-pixels')
    expect(problemOf(jpegBytes({ widthPx: 100_000, heightPx: 100_000 })).code).toBe('too-many-pixels')
    expect(problemOf(jpegBytes({ widthPx: 16_384, heightPx: 16_384 })).code).toBe('too-many-pixels')
    expect(headerOf(jpegBytes({ widthPx: 16_384, heightPx: 8192 })).widthPx).toBe(16_384)
    expect(fitsPixelLimits(16_384, 8192)).toBe(true)
    expect(fitsPixelLimits(16_384, 8193)).toBe(false)
  })
})

describe('readPhotoHeader: refusals and metadata', () => {
  it('refuses animated PNG and WebP (B-35)', () => {
    expect(problemOf(pngBytes({ widthPx: 100, heightPx: 50, animated: true }))).toEqual({ code: 'animated-not-supported' })
    expect(problemOf(webpExtendedBytes(100, 50, { animated: true }))).toEqual({ code: 'animated-not-supported' })
  })

  it('refuses truncated files (B-32), even when an EXIF thumbnail holds an end marker', () => {
    const thumbnailEnd = [...exifTiff(), 0xff, 0xd9]
    expect(problemOf(jpegBytes({ widthPx: 100, heightPx: 50, exif: thumbnailEnd, end: false }))).toEqual({ code: 'corrupt', reason: 'truncated' })
    expect(problemOf(pngBytes({ widthPx: 100, heightPx: 50, end: false }))).toEqual({ code: 'corrupt', reason: 'truncated' })
    const webp = webpLossyBytes(100, 50)
    expect(problemOf(webp.slice(0, webp.length - 2))).toEqual({ code: 'corrupt', reason: 'truncated' })
    const jpeg = jpegBytes({ widthPx: 100, heightPx: 50, xmp: gpanoXmp({ FullPanoWidthPixels: 100 }) })
    expect(problemOf(jpeg.slice(0, jpeg.length / 2))).toEqual({ code: 'corrupt', reason: 'no-header' })
  })

  it('passes on SVG refusals from the sniff', () => {
    expect(problemOf(svgWithScript)).toEqual({ code: 'svg-not-supported', looksLike: 'SVG' })
  })

  it('reads a JPEG with GPano XMP and an EXIF orientation and GPS tag', () => {
    const bytes = jpegBytes({
      widthPx: 4000,
      heightPx: 3000,
      exif: exifTiff({ orientation: 6, gps: true }),
      xmp: gpanoXmp({ ProjectionType: 'equirectangular', FullPanoWidthPixels: 8000, PoseHeadingDegrees: 90 }),
    })
    const header = headerOf(bytes)
    expect(header).toEqual({
      mime: 'image/jpeg',
      widthPx: 4000,
      heightPx: 3000,
      orientation: 6,
      hasAlpha: false,
      hasLocation: true,
      gpano: { projectionType: 'equirectangular', fullPanoWidthPx: 8000, poseHeadingDeg: 90 },
    })
    expect(orientedSize(header)).toEqual({ widthPx: 3000, heightPx: 4000 })
  })

  it('notices transparency in PNG (alpha colour type or tRNS)', () => {
    expect(headerOf(pngBytes({ widthPx: 10, heightPx: 5, colourType: 6 })).hasAlpha).toBe(true)
    expect(headerOf(pngBytes({ widthPx: 10, heightPx: 5, transparent: true })).hasAlpha).toBe(true)
  })
})
