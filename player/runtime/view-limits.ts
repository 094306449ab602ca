import { clamp, wrapYawDeg } from '../../story-schema/angles'
import { cameraFovsDeg } from '../scene/spherical'

/**
 * How far the flat view may turn and zoom: all the way round, or the part a partial panorama covers.
 * Pure, with no store and no zod (the angle helpers come from story-schema's zod-free `angles.ts`), so
 * the first-frame painter frames the opening view exactly as the player will (player/first-frame/).
 */
export type ViewLimits = {
  /** Panorama yaw range covered, or null for all the way round. */
  yawRangeDeg: readonly [number, number] | null
  pitchRangeDeg: readonly [number, number]
  fovRangeDeg: readonly [number, number]
}

export const fullSphereLimits: ViewLimits = { yawRangeDeg: null, pitchRangeDeg: [-90, 90], fovRangeDeg: [30, 100] }

const centredRange = (range: readonly [number, number], extent: number, full: boolean): [number, number] => {
  if (full) return [range[0], range[1]]
  const low = range[0] + extent / 2
  const high = range[1] - extent / 2
  return low <= high ? [low, high] : [(range[0] + range[1]) / 2, (range[0] + range[1]) / 2]
}

/** The view moved inside the limits: fov first, then pitch and yaw so the edges stay on the picture. */
export const clampView = (view: { yawDeg: number; pitchDeg: number; fovDeg: number; aspect: number; limits: ViewLimits }) => {
  const { limits } = view
  const pitchSpan = limits.pitchRangeDeg[1] - limits.pitchRangeDeg[0]
  const fullPitch = pitchSpan >= 180
  const fovDeg = clamp(view.fovDeg, limits.fovRangeDeg[0], fullPitch ? limits.fovRangeDeg[1] : Math.min(limits.fovRangeDeg[1], pitchSpan))
  const fovs = cameraFovsDeg(fovDeg, view.aspect)
  const [pitchLow, pitchHigh] = centredRange(limits.pitchRangeDeg, Math.min(fovs.verticalDeg, pitchSpan), fullPitch)
  const pitchDeg = clamp(view.pitchDeg, pitchLow, pitchHigh)
  let yawDeg = wrapYawDeg(view.yawDeg)
  if (limits.yawRangeDeg) {
    const [yawLow, yawHigh] = centredRange(limits.yawRangeDeg, fovs.horizontalDeg, false)
    const middle = (limits.yawRangeDeg[0] + limits.yawRangeDeg[1]) / 2
    yawDeg = clamp(middle + wrapYawDeg(view.yawDeg - middle), yawLow, yawHigh)
  }
  return { yawDeg, pitchDeg, fovDeg }
}
