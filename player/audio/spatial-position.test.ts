import { describe, expect, it } from 'vitest'
import { listenerVectors, positionFromYawPitch, type Vec3 } from './spatial-position'

const close = (actual: Vec3, expected: Vec3) => {
  expect(actual.x).toBeCloseTo(expected.x, 9)
  expect(actual.y).toBeCloseTo(expected.y, 9)
  expect(actual.z).toBeCloseTo(expected.z, 9)
}

describe('positionFromYawPitch', () => {
  it('puts yaw 0 straight ahead on −Z, positive yaw to the right, positive pitch up', () => {
    close(positionFromYawPitch(0, 0, 1), { x: 0, y: 0, z: -1 })
    close(positionFromYawPitch(90, 0, 1), { x: 1, y: 0, z: 0 })
    close(positionFromYawPitch(-90, 0, 1), { x: -1, y: 0, z: 0 })
    close(positionFromYawPitch(-180, 0, 1), { x: 0, y: 0, z: 1 })
    close(positionFromYawPitch(0, 90, 1), { x: 0, y: 1, z: 0 })
    close(positionFromYawPitch(0, -90, 1), { x: 0, y: -1, z: 0 })
  })

  it('scales by the distance and keeps it at any direction', () => {
    const p = positionFromYawPitch(37, -21, 12.5)
    expect(Math.hypot(p.x, p.y, p.z)).toBeCloseTo(12.5, 9)
    close(positionFromYawPitch(45, 0, 2), { x: Math.SQRT2, y: 0, z: -Math.SQRT2 })
  })

  it('writes into the object it is given, allocating nothing', () => {
    const out = { x: 9, y: 9, z: 9 }
    expect(positionFromYawPitch(90, 0, 3, out)).toBe(out)
    close(out, { x: 3, y: 0, z: 0 })
    expect(Object.is(positionFromYawPitch(0, 0, 1).x, -0)).toBe(false)
  })
})

describe('listenerVectors', () => {
  it('gives a forward vector and an up vector at right angles to it', () => {
    const forward = { x: 0, y: 0, z: 0 }
    const up = { x: 0, y: 0, z: 0 }
    for (const [yawDeg, pitchDeg] of [[0, 0], [90, 0], [30, 45], [-120, -80], [179, 90]] as const) {
      listenerVectors(yawDeg, pitchDeg, forward, up)
      expect(forward.x * up.x + forward.y * up.y + forward.z * up.z).toBeCloseTo(0, 9)
      expect(Math.hypot(up.x, up.y, up.z)).toBeCloseTo(1, 9)
    }
    listenerVectors(0, 0, forward, up)
    close(forward, { x: 0, y: 0, z: -1 })
    close(up, { x: 0, y: 1, z: 0 })
    listenerVectors(0, 30, forward, up)
    expect(up.z).toBeGreaterThan(0)
  })
})
