import { describe, expect, it } from 'vitest'
import { captionColors } from './caption-colors'
import { minPlateOpacity } from './caption-settings'
import { compositeOver, contrastRatio, relativeLuminance } from './contrast'

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2)
    expect(relativeLuminance('#FF0000')).toBeCloseTo(0.2126)
    expect(() => contrastRatio('red', '#000000')).toThrow()
  })

  it('composites a translucent colour over another', () => {
    expect(compositeOver('#000000', 0.6, '#ffffff')).toBe('#666666')
    expect(compositeOver('#000000', 1, '#ffffff')).toBe('#000000')
    expect(compositeOver('#ff0000', 0, '#00ff00')).toBe('#00ff00')
  })
})

describe('caption colours (C-11, C-12)', () => {
  it('keep at least 4.5:1 on the plate at its lowest opacity over pure white (the worst case)', () => {
    const plate = compositeOver(captionColors.plateHex, minPlateOpacity, '#ffffff')
    expect(contrastRatio(captionColors.textHex, plate)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(captionColors.speakerHex, plate)).toBeGreaterThanOrEqual(4.5)
    for (const background of ['#000000', '#808080', '#ffff00', '#00ffff']) {
      const over = compositeOver(captionColors.plateHex, minPlateOpacity, background)
      expect(contrastRatio(captionColors.textHex, over)).toBeGreaterThanOrEqual(4.5)
    }
  })
})
