import { limits, maxPanoramaWidthWithoutDerivativePx, panoramaAspectTolerance } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { photoLimits } from './photo-limits'

describe('photoLimits agree with story-schema', () => {
  it('uses the schema side limit, stays under the asset size limit, and matches the checks', () => {
    expect(photoLimits.maxSidePx).toBe(limits.imageMaxSidePx)
    expect(photoLimits.maxFileBytes).toBeLessThanOrEqual(limits.assetMaxBytes)
    expect(photoLimits.mainMaxSidePx).toBeLessThanOrEqual(maxPanoramaWidthWithoutDerivativePx)
    expect(photoLimits.fullAspectTolerance).toBe(panoramaAspectTolerance)
  })
})
