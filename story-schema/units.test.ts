import { describe, expect, test } from 'vitest'
import { wrapYawDeg } from './units'

describe('wrapYawDeg', () => {
  test('keeps an angle already in [-180, 180) exactly (a tenth stays a tenth)', () => {
    for (const deg of [-46.2, 12.3, -179.9, 179.9, -180, 0.1]) expect(wrapYawDeg(deg)).toBe(deg)
    expect(Object.is(wrapYawDeg(-0), 0)).toBe(true)
  })

  test('wraps everything else into [-180, 180)', () => {
    expect(wrapYawDeg(180)).toBe(-180)
    expect(wrapYawDeg(190)).toBe(-170)
    expect(wrapYawDeg(-190)).toBe(170)
    expect(wrapYawDeg(720)).toBe(0)
    expect(wrapYawDeg(-540)).toBe(-180)
  })
})
