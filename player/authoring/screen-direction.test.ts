import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, test } from 'vitest'
import { coverageOf, fullCoverage } from '../runtime/scene-view'
import { applyViewRotation, cameraFovsDeg, directionFromYawPitch } from '../scene/spherical'
import { directionAtNdc, insideCoverage, ndcOf, viewsDiffer } from './screen-direction'

/** Where three's own camera (set up like the player's rig) draws a direction, in NDC. */
const projected = (yawDeg: number, pitchDeg: number, view: { yawDeg: number; pitchDeg: number; fovDeg: number; aspect: number }) => {
  const camera = new PerspectiveCamera(cameraFovsDeg(view.fovDeg, view.aspect).verticalDeg, view.aspect, 0.1, 200)
  applyViewRotation(camera.rotation, view.yawDeg, view.pitchDeg, 0)
  camera.updateMatrixWorld()
  const point = directionFromYawPitch(yawDeg, pitchDeg, new Vector3()).multiplyScalar(10).project(camera)
  return { x: point.x, y: point.y }
}

describe('authoring view: screen point → panorama direction (issue 5)', () => {
  test('the centre of the screen is where the view looks', () => {
    expect(directionAtNdc({ x: 0, y: 0 }, { yawDeg: 40, pitchDeg: -10, fovDeg: 75, aspect: 16 / 9 })).toEqual({ yawDeg: 40, pitchDeg: -10 })
  })

  test('the right edge at the horizon is half the horizontal field of view to the right', () => {
    const view = { yawDeg: 0, pitchDeg: 0, fovDeg: 60, aspect: 2 }
    const half = cameraFovsDeg(60, 2).horizontalDeg / 2
    expect(directionAtNdc({ x: 1, y: 0 }, view).yawDeg).toBeCloseTo(half, 1)
    expect(directionAtNdc({ x: 0, y: 1 }, view).pitchDeg).toBeCloseTo(30, 1)
    expect(directionAtNdc({ x: -1, y: 0 }, view).yawDeg).toBeCloseTo(-half, 1)
  })

  test('round trip with three.js projection, across the ±180° seam, looking up and on a tall screen', () => {
    const cases = [
      { view: { yawDeg: 170, pitchDeg: 0, fovDeg: 75, aspect: 16 / 9 }, target: [-175, 12] as const },
      { view: { yawDeg: -30, pitchDeg: 50, fovDeg: 90, aspect: 1.3 }, target: [-10, 70] as const },
      { view: { yawDeg: 90, pitchDeg: -20, fovDeg: 60, aspect: 0.5 }, target: [100, -35] as const },
    ]
    for (const { view, target } of cases) {
      const ndc = projected(target[0], target[1], view)
      expect(Math.abs(ndc.x)).toBeLessThan(1)
      const found = directionAtNdc(ndc, view)
      expect(found.yawDeg).toBeCloseTo(target[0], 0)
      expect(found.pitchDeg).toBeCloseTo(target[1], 0)
    }
  })

  test('client pixels become NDC with y up', () => {
    const rect = { left: 100, top: 50, width: 800, height: 400 }
    expect(ndcOf(500, 250, rect)).toEqual({ x: 0, y: 0 })
    expect(ndcOf(100, 50, rect)).toEqual({ x: -1, y: 1 })
    expect(ndcOf(900, 450, rect)).toEqual({ x: 1, y: -1 })
  })

  test('a partial panorama: only directions on the picture count', () => {
    const asset = {
      projection: { type: 'partial' as const, fullWidthPx: 8000, fullHeightPx: 4000, cropLeftPx: 2000, cropTopPx: 1000 },
      widthPx: 4000,
      heightPx: 2000,
    }
    const coverage = coverageOf(asset as Parameters<typeof coverageOf>[0])
    expect(coverage).toMatchObject({ yawStartDeg: -90, yawSpanDeg: 180, pitchTopDeg: 45, pitchSpanDeg: 90 })
    expect(insideCoverage(coverage, { yawDeg: 0, pitchDeg: 0 })).toBe(true)
    expect(insideCoverage(coverage, { yawDeg: 89, pitchDeg: -44 })).toBe(true)
    expect(insideCoverage(coverage, { yawDeg: 120, pitchDeg: 0 })).toBe(false)
    expect(insideCoverage(coverage, { yawDeg: 0, pitchDeg: 60 })).toBe(false)
    expect(insideCoverage(fullCoverage, { yawDeg: 180, pitchDeg: -90 })).toBe(true)
  })

  test('views that differ only by rounding are the same view', () => {
    expect(viewsDiffer({ yawDeg: 10, pitchDeg: 0, fovDeg: 75 }, { yawDeg: 10.04, pitchDeg: 0, fovDeg: 75 })).toBe(false)
    expect(viewsDiffer({ yawDeg: 10, pitchDeg: 0, fovDeg: 75 }, { yawDeg: 10.2, pitchDeg: 0, fovDeg: 75 })).toBe(true)
  })
})
