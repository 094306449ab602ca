import { Euler, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { applyViewRotation, directionFromYawPitch } from '../scene/spherical'
import { equirectTurn, turnRay } from './equirect-turn'

describe('equirectTurn: the painter looks where the 3D view camera looks', () => {
  it('turns the centre ray to the view direction, and any ray as the camera rotation does', () => {
    for (const [yawDeg, pitchDeg] of [[0, 0], [90, 0], [-135, 20], [10, -60], [179, 89]] as const) {
      const turn = equirectTurn(yawDeg, pitchDeg)
      const centre = turnRay(turn, [0, 0, -1])
      const expected = directionFromYawPitch(yawDeg, pitchDeg, new Vector3())
      expect(centre[0]).toBeCloseTo(expected.x, 6)
      expect(centre[1]).toBeCloseTo(expected.y, 6)
      expect(centre[2]).toBeCloseTo(expected.z, 6)
      const rotation = new Euler()
      applyViewRotation(rotation, yawDeg, pitchDeg, 0)
      const corner = new Vector3(0.4, -0.3, -1).applyEuler(rotation)
      const painted = turnRay(turn, [0.4, -0.3, -1])
      expect(painted[0]).toBeCloseTo(corner.x, 6)
      expect(painted[1]).toBeCloseTo(corner.y, 6)
      expect(painted[2]).toBeCloseTo(corner.z, 6)
    }
  })
})
