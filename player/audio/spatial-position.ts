/**
 * Directions in the story's terms (yawDeg / pitchDeg, as in `story-schema/units.ts`) turned into the
 * Web Audio coordinate frame that howler and three.js share: right-handed, +X right, +Y up, −Z forward.
 * yaw 0 = forward = −Z, positive yaw turns right (+X), positive pitch looks up (+Y).
 */

/** A point or direction in metres (or a unit vector). Mutable so per-frame code can reuse one object. */
export type Vec3 = { x: number; y: number; z: number }

const radPerDeg = Math.PI / 180

/**
 * The point `distanceM` away in the direction (yawDeg, pitchDeg). Writes into `out` (and returns it),
 * so a caller that runs every frame allocates nothing; without `out` it returns a new object.
 */
export const positionFromYawPitch = (yawDeg: number, pitchDeg: number, distanceM: number, out?: Vec3): Vec3 => {
  const yaw = yawDeg * radPerDeg
  const pitch = pitchDeg * radPerDeg
  const horizontal = distanceM * Math.cos(pitch)
  const target = out ?? { x: 0, y: 0, z: 0 }
  target.x = clean(horizontal * Math.sin(yaw))
  target.y = clean(distanceM * Math.sin(pitch))
  target.z = clean(-horizontal * Math.cos(yaw))
  return target
}

/**
 * The listener's forward and up unit vectors for a view direction (no roll). Up is the forward
 * direction tilted 90° further up, so it stays at right angles to forward at any pitch.
 */
export const listenerVectors = (yawDeg: number, pitchDeg: number, forward: Vec3, up: Vec3): void => {
  positionFromYawPitch(yawDeg, pitchDeg, 1, forward)
  positionFromYawPitch(yawDeg, pitchDeg + 90, 1, up)
}

/** Rounds floating-point dust (6e-17) to 0 and removes −0, so results compare and print cleanly. */
const clean = (value: number): number => (Math.abs(value) < 1e-12 ? 0 : value)
