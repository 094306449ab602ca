import { describe, expect, it } from 'vitest'
import { cameraFovsDeg, directionFromYawPitch, pitchDegFromDirection, viewFromDeviceOrientation, yawDegFromDirection } from './spherical'

const vec = () => {
  const v = { x: 0, y: 0, z: 0, set(x: number, y: number, z: number) { v.x = x; v.y = y; v.z = z; return v } }
  return v
}

describe('spherical: the story frame (yaw 0 = −Z, right = +X, up = +Y)', () => {
  it('points yaw 0 at −Z, yaw 90 at +X and pitch 90 at +Y', () => {
    const ahead = directionFromYawPitch(0, 0, vec())
    expect([ahead.x, ahead.y, ahead.z].map((n) => Math.round(n * 1e6) / 1e6)).toEqual([0, 0, -1])
    expect(directionFromYawPitch(90, 0, vec()).x).toBeCloseTo(1)
    expect(directionFromYawPitch(0, 90, vec()).y).toBeCloseTo(1)
  })

  it('reads yaw and pitch back from a direction', () => {
    for (const [yaw, pitch] of [[30, 10], [-150, -40], [179, 0]] as const) {
      const d = directionFromYawPitch(yaw, pitch, vec())
      expect(yawDegFromDirection(d)).toBeCloseTo(yaw)
      expect(pitchDegFromDirection(d)).toBeCloseTo(pitch)
    }
  })

  it('turns device orientation into a view: upright facing north is straight ahead; turning left lowers the yaw', () => {
    const ahead = viewFromDeviceOrientation(0, 90, 0)
    expect(ahead.yawDeg).toBeCloseTo(0)
    expect(ahead.pitchDeg).toBeCloseTo(0)
    expect(viewFromDeviceOrientation(30, 90, 0).yawDeg).toBeCloseTo(-30)
    expect(viewFromDeviceOrientation(0, 110, 0).pitchDeg).toBeCloseTo(20)
    expect(viewFromDeviceOrientation(0, 0, 0).pitchDeg).toBeCloseTo(-90) // flat on a table: looking down
  })

  it('applies the fov to the shorter side of the screen', () => {
    expect(cameraFovsDeg(75, 16 / 9).verticalDeg).toBe(75)
    const portrait = cameraFovsDeg(75, 390 / 844)
    expect(portrait.verticalDeg).toBeLessThanOrEqual(100)
    expect(portrait.horizontalDeg).toBeGreaterThan(55)
  })
})
