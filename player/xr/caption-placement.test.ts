import { describe, expect, it } from 'vitest'
import { angleBetweenDirectionsDeg, emptyPlacement, placeCaption, yawDeltaDeg } from './caption-placement'

const head = { headYawDeg: 0, headPitchDeg: 0 }

describe('caption placement in a headset (C-11)', () => {
  it('is head-locked a little below the centre by default, lower at the bottom, higher at the top', () => {
    expect(placeCaption({ ...head, position: 'head-locked-below-centre', speaker: null })).toMatchObject({ mode: 'head', pitchOffsetDeg: -12, arrow: null })
    expect(placeCaption({ ...head, position: 'bottom', speaker: null }).pitchOffsetDeg).toBeLessThan(-12)
    expect(placeCaption({ ...head, position: 'top', speaker: null }).pitchOffsetDeg).toBeGreaterThan(0)
  })

  it('keeps narration (no speaker direction) head-locked even in near-speaker mode', () => {
    expect(placeCaption({ ...head, position: 'near-speaker', speaker: null })).toMatchObject({ mode: 'head', arrow: null })
  })

  it('puts a sound caption below the sound while the sound is in view', () => {
    const placed = placeCaption({ headYawDeg: 10, headPitchDeg: 0, position: 'near-speaker', speaker: { yawDeg: 30, pitchDeg: 5 } })
    expect(placed).toMatchObject({ mode: 'world', yawDeg: 30, arrow: null })
    expect(placed.pitchDeg).toBeLessThan(5)
  })

  it('stays head-locked with an arrow towards a sound out of view, on the right side across ±180°', () => {
    expect(placeCaption({ ...head, position: 'near-speaker', speaker: { yawDeg: 90, pitchDeg: 0 } })).toMatchObject({ mode: 'head', arrow: 'right' })
    expect(placeCaption({ ...head, position: 'near-speaker', speaker: { yawDeg: -120, pitchDeg: 0 } })).toMatchObject({ mode: 'head', arrow: 'left' })
    expect(placeCaption({ headYawDeg: 170, headPitchDeg: 0, position: 'near-speaker', speaker: { yawDeg: -130, pitchDeg: 0 } }).arrow).toBe('right')
    expect(placeCaption({ ...head, position: 'head-locked-below-centre', speaker: { yawDeg: 90, pitchDeg: 0 } }).arrow).toBeNull()
  })

  it('writes into the object it is given (no allocation per frame)', () => {
    const out = emptyPlacement()
    expect(placeCaption({ ...head, position: 'bottom', speaker: null }, out)).toBe(out)
  })

  it('measures angles between directions and wraps yaw differences', () => {
    expect(angleBetweenDirectionsDeg(0, 0, 90, 0)).toBeCloseTo(90)
    expect(angleBetweenDirectionsDeg(0, 80, 180, 80)).toBeCloseTo(20)
    expect(yawDeltaDeg(170, -170)).toBeCloseTo(20)
    expect(yawDeltaDeg(-170, 170)).toBeCloseTo(-20)
  })
})
