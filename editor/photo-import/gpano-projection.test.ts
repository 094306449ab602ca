import { describe, expect, it } from 'vitest'
import { photoProjection } from './gpano-projection'

const size = (widthPx: number, heightPx: number) => ({ widthPx, heightPx })
const codes = (result: ReturnType<typeof photoProjection>) => result.warnings.map((w) => w.code)

describe('photoProjection', () => {
  it('takes a 2:1 photo without GPano as a full sphere, within 1%', () => {
    expect(photoProjection(undefined, size(8192, 4096), size(8192, 4096))).toEqual({ projection: { type: 'full' }, warnings: [] })
    expect(photoProjection(undefined, size(6080, 3040), size(6080, 3040)).projection).toEqual({ type: 'full' })
    expect(photoProjection(undefined, size(5660, 2816), size(5660, 2816)).projection).toEqual({ type: 'full' })
  })

  it('takes a wider photo without GPano as a 360° band centred on the horizon', () => {
    const result = photoProjection(undefined, size(8000, 1500), size(8000, 1500))
    expect(result.projection).toEqual({ type: 'partial', fullWidthPx: 8000, fullHeightPx: 4000, cropLeftPx: 0, cropTopPx: 1250 })
    expect(codes(result)).toEqual(['strip-panorama'])
  })

  it('takes a taller photo without GPano as the full height, centred on yaw 0, with a warning', () => {
    const result = photoProjection(undefined, size(4000, 3000), size(4000, 3000))
    expect(result.projection).toEqual({ type: 'partial', fullWidthPx: 6000, fullHeightPx: 3000, cropLeftPx: 1000, cropTopPx: 0 })
    expect(codes(result)).toEqual(['not-a-panorama'])
  })

  it('uses the GPano crop, scaled to the imported size', () => {
    const gpano = {
      fullPanoWidthPx: 16_000,
      fullPanoHeightPx: 8000,
      croppedAreaImageWidthPx: 12_000,
      croppedAreaImageHeightPx: 4000,
      croppedAreaLeftPx: 2000,
      croppedAreaTopPx: 1800,
    }
    const result = photoProjection(gpano, size(12_000, 4000), size(8192, 2731))
    expect(result.warnings).toEqual([])
    expect(result.projection).toEqual({ type: 'partial', fullWidthPx: 10_923, fullHeightPx: 5462, cropLeftPx: 1365, cropTopPx: 1229 })
    if (result.projection.type !== 'partial') throw new Error('expected partial')
    const p = result.projection
    expect(p.cropLeftPx + 8192).toBeLessThanOrEqual(p.fullWidthPx)
    expect(p.cropTopPx + 2731).toBeLessThanOrEqual(p.fullHeightPx)
  })

  it('calls a GPano crop that covers the whole sphere full', () => {
    const gpano = {
      projectionType: 'equirectangular',
      ...{ fullPanoWidthPx: 5376, fullPanoHeightPx: 2688, croppedAreaImageWidthPx: 5376, croppedAreaImageHeightPx: 2688 },
    }
    expect(photoProjection(gpano, size(5376, 2688), size(5376, 2688)).projection).toEqual({ type: 'full' })
  })

  it('ignores a GPano crop that does not fit, or when EXIF rotation makes its pixels meaningless', () => {
    const bad = { fullPanoWidthPx: 1000, fullPanoHeightPx: 500, croppedAreaImageWidthPx: 900, croppedAreaLeftPx: 500 }
    expect(codes(photoProjection(bad, size(900, 450), size(900, 450)))).toEqual(['panorama-info-ignored'])
    const fine = {
      ...{ fullPanoWidthPx: 2000, fullPanoHeightPx: 1000 },
      ...{ croppedAreaImageWidthPx: 2000, croppedAreaImageHeightPx: 500, croppedAreaTopPx: 250 },
    }
    const rotated = photoProjection(fine, size(2000, 500), size(2000, 500), false)
    expect(codes(rotated)).toEqual(['panorama-info-ignored', 'strip-panorama'])
  })

  it('warns about projections other than equirectangular and treats the photo by its shape', () => {
    const gpano = { projectionType: 'cylindrical', fullPanoWidthPx: 4000, fullPanoHeightPx: 1000 }
    const result = photoProjection(gpano, size(4000, 2000), size(4000, 2000))
    expect(result.projection).toEqual({ type: 'full' })
    expect(codes(result)).toEqual(['unsupported-projection'])
  })
})
