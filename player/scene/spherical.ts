import type { Euler, Object3D, Vector3 } from 'three'

/**
 * All angle maths of the player, and the only place degrees become radians. The story's frame:
 * yaw 0 is the panorama's centre and looks down −Z, positive yaw turns right (towards +X), positive
 * pitch looks up (+Y). A scene's north heading turns the whole panorama so north faces −Z.
 */
const radPerDeg = Math.PI / 180
const degPerRad = 180 / Math.PI

export const radiansFromDeg = (deg: number): number => deg * radPerDeg
export const degFromRadians = (rad: number): number => rad * degPerRad

/** Writes the unit direction of (yawDeg, pitchDeg) into `out` and returns it. */
export const directionFromYawPitch = <T extends { set(x: number, y: number, z: number): T }>(
  yawDeg: number,
  pitchDeg: number,
  out: T,
): T => {
  const yaw = yawDeg * radPerDeg
  const pitch = pitchDeg * radPerDeg
  return out.set(Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch))
}

/** Yaw in degrees of a direction (any length). */
export const yawDegFromDirection = (v: { x: number; z: number }): number => Math.atan2(v.x, -v.z) * degPerRad

/** Pitch in degrees of a direction (any length). */
export const pitchDegFromDirection = (v: { x: number; y: number; z: number }): number =>
  Math.atan2(v.y, Math.hypot(v.x, v.z)) * degPerRad

/** World yaw of a panorama yaw, with the scene's north heading applied. */
export const worldYawDeg = (panoramaYawDeg: number, northHeadingDeg: number): number => panoramaYawDeg - northHeadingDeg

/** Turns a scene's content group so the panorama's north faces −Z. */
export const applyNorthHeading = (group: Object3D, northHeadingDeg: number): void => {
  group.rotation.set(0, northHeadingDeg * radPerDeg, 0)
}

/** Points a camera (Euler order YXZ) at a panorama view, given the scene's north heading. */
export const applyViewRotation = (rotation: Euler, yawDeg: number, pitchDeg: number, northHeadingDeg: number): void => {
  rotation.set(pitchDeg * radPerDeg, -worldYawDeg(yawDeg, northHeadingDeg) * radPerDeg, 0, 'YXZ')
}

/** Sets an object's yaw about +Y so that its forward (−Z) looks at world yaw `yawDeg`. */
export const setObjectYawDeg = (object: Object3D, yawDeg: number): void => {
  object.rotation.set(0, -yawDeg * radPerDeg, 0)
}

/** An object's yaw about +Y in the story's convention. */
export const objectYawDeg = (object: Object3D): number => -object.rotation.y * degPerRad

/**
 * The camera's vertical and horizontal fields of view for a view's `fovDeg`, which applies to the
 * screen's shorter side: a phone held upright sees as much across as a landscape screen sees up and
 * down (the vertical is capped at 100° to keep distortion down).
 */
export const cameraFovsDeg = (fovDeg: number, aspect: number): { verticalDeg: number; horizontalDeg: number } => {
  if (aspect >= 1) return { verticalDeg: fovDeg, horizontalDeg: horizontalFovDeg(fovDeg, aspect) }
  const verticalDeg = Math.min(100, horizontalFovDeg(fovDeg, 1 / aspect))
  return { verticalDeg, horizontalDeg: horizontalFovDeg(verticalDeg, aspect) }
}

/** Horizontal field of view from the vertical one and the aspect ratio. */
export const horizontalFovDeg = (verticalFovDeg: number, aspect: number): number =>
  2 * Math.atan(Math.tan((verticalFovDeg * radPerDeg) / 2) * aspect) * degPerRad

/** Size in metres of something `angleDeg` wide seen from `distanceM` away. */
export const sizeAtDistanceM = (angleDeg: number, distanceM: number): number =>
  2 * distanceM * Math.tan((angleDeg * radPerDeg) / 2)

/** The angle in degrees between two directions. */
export const angleBetweenDeg = (a: Vector3, b: Vector3): number => a.angleTo(b) * degPerRad

/**
 * Turns device orientation (deviceorientation alpha/beta/gamma, degrees) into a view yaw/pitch: the
 * camera looks out of the back of the device (W3C DeviceOrientation frame: x east, y north, z up).
 * The screen's own rotation only rolls the picture, which the player never does, so it is not needed.
 * Yaw grows to the right, so turning an upright phone left (alpha up) lowers the yaw.
 */
export const viewFromDeviceOrientation = (
  alphaDeg: number,
  betaDeg: number,
  gammaDeg: number,
): { yawDeg: number; pitchDeg: number } => {
  const [a, b, g] = [alphaDeg * radPerDeg, betaDeg * radPerDeg, gammaDeg * radPerDeg]
  const [ca, sa, cb, sb, cg, sg] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b), Math.cos(g), Math.sin(g)]
  // −(third column of Rz(alpha)·Rx(beta)·Ry(gamma)): the back of the device in the earth frame.
  const east = -(ca * sg + sa * sb * cg)
  const north = -(sa * sg - ca * sb * cg)
  const up = -(cb * cg)
  const forward = { x: east, y: up, z: -north }
  return { yawDeg: yawDegFromDirection(forward), pitchDeg: pitchDegFromDirection(forward) }
}
