import { describe, expect, it } from 'vitest'
import { gainAt, gainFromDb, rampRemainingMs, steadyGain } from './gain-ramp'

describe('gain ramps', () => {
  const ramp = { fromGain: 0, toGain: 0.5, startMs: 100, durationMs: 1000 }

  it('interpolates linearly and holds both ends', () => {
    expect(gainAt(ramp, 0)).toBe(0)
    expect(gainAt(ramp, 100)).toBe(0)
    expect(gainAt(ramp, 600)).toBeCloseTo(0.25)
    expect(gainAt(ramp, 1100)).toBe(0.5)
    expect(gainAt(ramp, 5000)).toBe(0.5)
    expect(gainAt(steadyGain(0.3, 10), 0)).toBe(0.3)
  })

  it('knows how long is left', () => {
    expect(rampRemainingMs(ramp, 600)).toBe(500)
    expect(rampRemainingMs(ramp, 2000)).toBe(0)
  })

  it('converts decibels', () => {
    expect(gainFromDb(-10)).toBeCloseTo(0.316, 3)
    expect(gainFromDb(0)).toBe(1)
  })
})
