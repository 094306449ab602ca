import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { distanceMSchema, fovDegSchema, gainSchema, headingDegSchema, pitchDegSchema, sizeDegSchema, yawDegSchema } from '../../units'
import { clampRanges, repairClampedField, repairHeadingField, repairYawField } from './repair-numbers'
import { createRepairLog } from './repair-note'

describe('repairYawField', () => {
  it('wraps a direction outside [-180, 180) and notes it', () => {
    const hotspot = { yawDeg: 270 }
    const log = createRepairLog()
    repairYawField(hotspot, 'yawDeg', ['story', 'x'], log)
    expect(hotspot.yawDeg).toBe(-90)
    expect(log.repairs).toEqual([expect.objectContaining({ code: 'wrapped-angle', path: ['story', 'x', 'yawDeg'], before: 270, after: -90 })])
  })

  it('leaves directions in range, non-numbers and non-finite numbers alone (B-23)', () => {
    for (const yawDeg of [-180, 0, 179.5, 'x', Number.POSITIVE_INFINITY, Number.NaN, undefined]) {
      const log = createRepairLog()
      const hotspot = { yawDeg }
      repairYawField(hotspot, 'yawDeg', [], log)
      expect(hotspot.yawDeg).toBe(yawDeg)
      expect(log.repairs).toEqual([])
    }
  })

  it('always lands inside the schema range', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (yawDeg) => {
        const holder = { yawDeg }
        repairYawField(holder, 'yawDeg', [], createRepairLog())
        expect(yawDegSchema.safeParse(holder.yawDeg).success).toBe(true)
      }),
    )
  })
})

describe('repairHeadingField', () => {
  it('wraps a heading into [0, 360)', () => {
    const scene = { northHeadingDeg: -90 }
    const log = createRepairLog()
    repairHeadingField(scene, 'northHeadingDeg', [], log)
    expect(scene.northHeadingDeg).toBe(270)
    expect(log.repairs[0]).toMatchObject({ code: 'wrapped-angle', before: -90, after: 270 })
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (heading) => {
        const holder = { heading }
        repairHeadingField(holder, 'heading', [], createRepairLog())
        expect(headingDegSchema.safeParse(holder.heading).success).toBe(true)
      }),
    )
  })
})

describe('repairClampedField', () => {
  it('clamps into range with a note that says which end', () => {
    const hotspot = { sizeDeg: 0 }
    const log = createRepairLog()
    repairClampedField(hotspot, 'sizeDeg', clampRanges.sizeDeg, ['story'], log)
    expect(hotspot.sizeDeg).toBe(1)
    expect(log.repairs[0]).toMatchObject({ code: 'clamped-number', before: 0, after: 1, path: ['story', 'sizeDeg'] })
    expect(log.repairs[0]!.reason).toContain('smallest')
    const big = { sizeDeg: 1e9 }
    repairClampedField(big, 'sizeDeg', clampRanges.sizeDeg, [], log)
    expect(big.sizeDeg).toBe(120)
  })

  it('leaves non-finite numbers for validation (B-23)', () => {
    const hotspot = { gain: Number.POSITIVE_INFINITY }
    const log = createRepairLog()
    repairClampedField(hotspot, 'gain', clampRanges.gain, [], log)
    expect(hotspot.gain).toBe(Number.POSITIVE_INFINITY)
    expect(log.repairs).toEqual([])
  })

  it('uses the same ranges as the schemas', () => {
    const schemas = { pitchDeg: pitchDegSchema, fovDeg: fovDegSchema, sizeDeg: sizeDegSchema, gain: gainSchema, distanceM: distanceMSchema }
    for (const [key, range] of Object.entries(clampRanges)) {
      const schema = schemas[key as keyof typeof schemas]
      expect(schema.safeParse(range.min).success && schema.safeParse(range.max).success).toBe(true)
      expect(schema.safeParse(range.min - 0.001).success || schema.safeParse(range.max + 0.001).success).toBe(false)
    }
  })
})
