import { Euler, Vector3 } from 'three'
import type { PanoramaCoverage } from '../runtime/scene-view'
import { applyViewRotation, cameraFovsDeg, pitchDegFromDirection, radiansFromDeg, yawDegFromDirection } from '../scene/spherical'

/**
 * Pure maths of the authoring view: which panorama direction is under a point of the screen, for a
 * view (yaw, pitch, fov across the shorter side, aspect), in the panorama's own degrees (the scene's
 * north heading turns the camera and the picture alike, so it cancels out). Same camera as the
 * player's rig (`applyViewRotation`, `cameraFovsDeg`).
 */
export type PanoramaDirection = { yawDeg: number; pitchDeg: number }
export type ScreenView = { yawDeg: number; pitchDeg: number; fovDeg: number; aspect: number }

const tenth = (value: number): number => Math.round(value * 10) / 10 + 0 // + 0 turns −0 into 0

/** A point of an element (client pixels) in normalised device coordinates: −1…1, y up. */
export const ndcOf = (clientX: number, clientY: number, rect: { left: number; top: number; width: number; height: number }) => ({
  x: ((clientX - rect.left) / Math.max(1, rect.width)) * 2 - 1,
  y: 1 - ((clientY - rect.top) / Math.max(1, rect.height)) * 2,
})

/** The panorama direction at a screen point (NDC), to a tenth of a degree; yaw in [−180, 180) like the story's. */
export const directionAtNdc = (ndc: { x: number; y: number }, view: ScreenView): PanoramaDirection => {
  const { verticalDeg } = cameraFovsDeg(view.fovDeg, view.aspect)
  const tanV = Math.tan(radiansFromDeg(verticalDeg) / 2)
  const ray = new Vector3(ndc.x * tanV * view.aspect, ndc.y * tanV, -1)
  const turn = new Euler()
  applyViewRotation(turn, view.yawDeg, view.pitchDeg, 0)
  ray.applyEuler(turn)
  const yawDeg = tenth(yawDegFromDirection(ray))
  return { yawDeg: yawDeg === 180 ? -180 : yawDeg, pitchDeg: tenth(pitchDegFromDirection(ray)) }
}

/** Whether a direction falls on the picture (a partial panorama covers only its crop). */
export const insideCoverage = (coverage: PanoramaCoverage, direction: PanoramaDirection): boolean => {
  const bottomDeg = coverage.pitchTopDeg - coverage.pitchSpanDeg
  if (direction.pitchDeg < bottomDeg - 0.05 || direction.pitchDeg > coverage.pitchTopDeg + 0.05) return false
  if (coverage.yawSpanDeg >= 359.9) return true
  const fromStartDeg = (((direction.yawDeg - coverage.yawStartDeg) % 360) + 360) % 360
  return fromStartDeg <= coverage.yawSpanDeg + 0.05 || fromStartDeg >= 360 - 0.05
}

/** Whether two views differ by more than rounding (a twentieth of a degree). */
export const viewsDiffer = (a: Omit<ScreenView, 'aspect'>, b: Omit<ScreenView, 'aspect'>): boolean =>
  Math.abs(a.yawDeg - b.yawDeg) > 0.05 || Math.abs(a.pitchDeg - b.pitchDeg) > 0.05 || Math.abs(a.fovDeg - b.fovDeg) > 0.05
