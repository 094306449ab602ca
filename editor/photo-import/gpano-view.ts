import { photoLimits } from './photo-limits'
import type { GPano } from './xmp-gpano'

/** Where the viewer looks first, in the story's conventions: yaw 0 = the panorama's centre, positive right; pitch positive up. */
export type PhotoInitialView = { yawDeg: number; pitchDeg: number; fovDeg: number }

/** The camera's pose from GPano, in the story's ranges. */
export type PhotoPose = {
  /** Compass heading of the panorama's centre, [0, 360). */
  poseHeadingDeg?: number
  posePitchDeg?: number
  poseRollDeg?: number
  /** The scene's `northHeadingDeg`: the yaw that faces north, as a heading [0, 360). */
  northHeadingDeg?: number
}

const round2 = (value: number) => Math.round(value * 100) / 100 + 0
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
/** Any angle into [-180, 180). */
export const wrapYawDeg = (deg: number): number => round2(((((round2(deg) + 180) % 360) + 360) % 360) - 180)
/** Any angle into [0, 360). */
export const wrapHeadingDeg = (deg: number): number => round2(((round2(deg) % 360) + 360) % 360)
const degToRad = (deg: number) => (deg * Math.PI) / 180
const radToDeg = (rad: number) => (rad * 180) / Math.PI

/** The vertical field of view that shows the same as a horizontal one on a screen of this shape (width ÷ height). */
export const verticalFovDeg = (horizontalFovDeg: number, aspect: number): number =>
  radToDeg(2 * Math.atan(Math.tan(degToRad(clamp(horizontalFovDeg, 1, 179)) / 2) / aspect))

/** GPano's pose, wrapped and clamped to the story's ranges; `northHeadingDeg` is where north is in the panorama. */
export const photoPose = (gpano: GPano | undefined): PhotoPose => {
  const pose: PhotoPose = {}
  if (gpano?.poseHeadingDeg !== undefined) {
    pose.poseHeadingDeg = wrapHeadingDeg(gpano.poseHeadingDeg)
    pose.northHeadingDeg = wrapHeadingDeg(-gpano.poseHeadingDeg)
  }
  if (gpano?.posePitchDeg !== undefined) pose.posePitchDeg = round2(clamp(gpano.posePitchDeg, -90, 90))
  if (gpano?.poseRollDeg !== undefined) pose.poseRollDeg = round2(clamp(gpano.poseRollDeg, -180, 180))
  return pose
}

/**
 * GPano's initial view in the story's conventions, or undefined when the photo gives none.
 * `InitialViewHeadingDegrees` is a compass heading, like `PoseHeadingDegrees` (the heading of the
 * panorama's centre), so yaw = initial heading − pose heading (pose 0 when absent: the heading is
 * then taken as relative to the centre). The horizontal field of view becomes a vertical one for a
 * 16:9 screen, clamped to the story's 30–120°.
 */
export const photoInitialView = (
  gpano: GPano | undefined,
  aspect: number = photoLimits.referenceViewAspect,
): PhotoInitialView | undefined => {
  if (!gpano) return undefined
  const { initialViewHeadingDeg: heading, initialViewPitchDeg: pitch, initialHorizontalFovDeg: fov } = gpano
  if (heading === undefined && pitch === undefined && fov === undefined) return undefined
  return {
    yawDeg: heading === undefined ? 0 : wrapYawDeg(heading - (gpano.poseHeadingDeg ?? 0)),
    pitchDeg: round2(clamp(pitch ?? 0, -90, 90)),
    fovDeg: round2(clamp(fov === undefined ? photoLimits.defaultFovDeg : verticalFovDeg(fov, aspect), 30, 120)),
  }
}
