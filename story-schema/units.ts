import { z } from 'zod'

/**
 * Numbers with units. Every number in a story file is finite (JSON's 1e309 parses to Infinity, B-23)
 * and in range; the unit is in the field name (yawDeg, fadeMs, gain).
 */

/** Horizontal angle in degrees, [-180, 180); 0 is the panorama's centre, positive turns right. */
export const yawDegSchema = z.number().finite().gte(-180).lt(180)
/** Vertical angle in degrees, [-90, 90]; positive looks up. */
export const pitchDegSchema = z.number().finite().gte(-90).lte(90)
/** A compass-like heading in degrees, [0, 360). */
export const headingDegSchema = z.number().finite().gte(0).lt(360)
/** A roll or tilt in degrees, [-180, 180]. */
export const tiltDegSchema = z.number().finite().gte(-180).lte(180)
/** Vertical field of view in degrees, [30, 120]. */
export const fovDegSchema = z.number().finite().gte(30).lte(120)
/** Angular size of a hotspot, in degrees, [1, 120]. Sizes under 4° are flagged by checks (C-8). */
export const sizeDegSchema = z.number().finite().gte(1).lte(120)
/** Linear gain, 0 (silent) to 1 (as recorded). */
export const gainSchema = z.number().finite().gte(0).lte(1)
/** A duration in milliseconds, whole, 0 to 10 minutes. */
export const durationMsSchema = z.number().int().gte(0).lte(10 * 60 * 1000)
/** A time within a clip in milliseconds, whole, 0 to 15 minutes. */
export const clipTimeMsSchema = z.number().int().gte(0).lte(15 * 60 * 1000)
/** Distance from the viewer in metres, (0.5, 100]. */
export const distanceMSchema = z.number().finite().gte(0.5).lte(100)

export { clamp, wrapHeadingDeg, wrapYawDeg } from './angles'
