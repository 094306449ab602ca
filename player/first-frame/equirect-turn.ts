/**
 * The rotation that turns a camera ray (looking down −Z, +Y up) into the panorama's frame for a view
 * at (yawDeg, pitchDeg): the same as the 3D view's camera, Euler (pitch, −yaw, 0) in order YXZ
 * (`scene/spherical.ts` `applyViewRotation`; the north heading turns picture and camera alike, so it
 * cancels out). Column-major, as `uniformMatrix3fv` takes it.
 */
export const equirectTurn = (yawDeg: number, pitchDeg: number): Float32Array => {
  const yaw = (-yawDeg * Math.PI) / 180
  const pitch = (pitchDeg * Math.PI) / 180
  const [cy, sy, cp, sp] = [Math.cos(yaw), Math.sin(yaw), Math.cos(pitch), Math.sin(pitch)]
  // Ry(yaw) · Rx(pitch), written column by column.
  return new Float32Array([cy, 0, -sy, sy * sp, cp, cy * sp, sy * cp, -sp, cy * cp])
}

/** Applies a column-major 3×3 matrix to a vector (for tests and for checking a ray on the CPU). */
export const turnRay = (m: Float32Array, [x, y, z]: readonly [number, number, number]): [number, number, number] => [
  (m[0] ?? 0) * x + (m[3] ?? 0) * y + (m[6] ?? 0) * z,
  (m[1] ?? 0) * x + (m[4] ?? 0) * y + (m[7] ?? 0) * z,
  (m[2] ?? 0) * x + (m[5] ?? 0) * y + (m[8] ?? 0) * z,
]
