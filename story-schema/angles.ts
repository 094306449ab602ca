/**
 * Angle and range helpers with no zod in them, so the player's first-frame chunk can use them before
 * the schema loads (player/runtime/view-limits.ts). `units.ts` re-exports them.
 */

/** Wraps any finite angle into [-180, 180). An angle already inside comes back exactly (no 133.8 − 180 noise). */
export const wrapYawDeg = (deg: number): number => {
  if (deg >= -180 && deg < 180) return deg === 0 ? 0 : deg
  const wrapped = (((deg + 180) % 360) + 360) % 360 - 180
  return Object.is(wrapped, -0) ? 0 : wrapped
}

/** Wraps any finite angle into [0, 360). */
export const wrapHeadingDeg = (deg: number): number => ((deg % 360) + 360) % 360

/** Clamps `value` into [min, max]. */
export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))
