import { describe, expect, it } from 'vitest'
import { fitWithin, planSizeLadder } from './size-ladder'

describe('planSizeLadder (B-34)', () => {
  it('caps a 16384 × 8192 panorama at 8192 and makes 4096, 2048 and a 256 preview', () => {
    expect(planSizeLadder({ widthPx: 16_384, heightPx: 8192 })).toEqual({
      main: { widthPx: 8192, heightPx: 4096 },
      derivatives: [
        { role: 'downscaled', widthPx: 4096, heightPx: 2048 },
        { role: 'downscaled', widthPx: 2048, heightPx: 1024 },
        { role: 'preview', widthPx: 256, heightPx: 128 },
      ],
    })
  })

  it('makes only the copies smaller than the main image', () => {
    expect(planSizeLadder({ widthPx: 4096, heightPx: 2048 }).derivatives.map((d) => d.widthPx)).toEqual([2048, 256])
    expect(planSizeLadder({ widthPx: 2048, heightPx: 1024 }).derivatives.map((d) => d.widthPx)).toEqual([256])
    expect(planSizeLadder({ widthPx: 200, heightPx: 100 })).toEqual({
      main: { widthPx: 200, heightPx: 100 },
      derivatives: [{ role: 'preview', widthPx: 200, heightPx: 100 }],
    })
  })

  it('keeps the shape of odd sizes and never makes a side 0', () => {
    expect(planSizeLadder({ widthPx: 5376, heightPx: 2688 }).main).toEqual({ widthPx: 5376, heightPx: 2688 })
    expect(fitWithin({ widthPx: 10_000, heightPx: 3 }, 256)).toEqual({ widthPx: 256, heightPx: 1 })
    expect(fitWithin({ widthPx: 3000, heightPx: 12_000 }, 8192)).toEqual({ widthPx: 2048, heightPx: 8192 })
  })
})
