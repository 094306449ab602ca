import type { Camera, Object3D } from 'three'
import { Vector3 } from 'three'
import { objectYawDeg, setObjectYawDeg, yawDegFromDirection } from '../scene/spherical'

/**
 * Turning the viewer in a headset by turning the XR origin (the floor under them) about +Y: snap turn
 * (C-21), recenter, and a scene's initial view, applied only while black (C-18). The head's own turn
 * is never overridden; only where "forward" is.
 */
const look = new Vector3()

/** Where the head looks, as a world yaw in degrees. */
export const headWorldYawDeg = (xrCamera: Camera): number => yawDegFromDirection(xrCamera.getWorldDirection(look))

/** Turns the origin so the head now looks at world yaw `targetYawDeg`. */
export const turnHeadTo = (origin: Object3D, xrCamera: Camera, targetYawDeg: number): void => {
  const headLocalYawDeg = headWorldYawDeg(xrCamera) - objectYawDeg(origin)
  setObjectYawDeg(origin, targetYawDeg - headLocalYawDeg)
  origin.updateMatrixWorld(true)
}

/** Turns the origin by `byDeg` (positive turns right). */
export const snapTurn = (origin: Object3D, byDeg: number): void => {
  setObjectYawDeg(origin, objectYawDeg(origin) + byDeg)
  origin.updateMatrixWorld(true)
}

/** Thumbstick snap turn with hysteresis: one step per flick, none while held. */
export const createFlickDetector = (onAt = 0.7, offAt = 0.3) => {
  let armed = true
  return (xAxis: number): -1 | 0 | 1 => {
    if (Math.abs(xAxis) < offAt) armed = true
    if (!armed || Math.abs(xAxis) < onAt) return 0
    armed = false
    return xAxis > 0 ? 1 : -1
  }
}
