import { clamp, wrapHeadingDeg, wrapYawDeg } from '../../units'
import type { JsonPath } from '../plain-data'
import { isFiniteNumber, ownValue, setOwn } from '../plain-data'
import type { RepairLog } from './repair-note'

/**
 * Number repairs (B-23): directions outside their range are wrapped (270° is the same direction as
 * −90°), other numbers are clamped into range. Numbers that are not finite (1e309 parses to
 * Infinity) are never guessed: they are left for validation to report.
 */
export type NumberRange = { min: number; max: number; unit: string; what: string }

/** Ranges the loader clamps into; they mirror the schemas in units.ts (a test keeps them in step). */
export const clampRanges = {
  pitchDeg: { min: -90, max: 90, unit: '°', what: 'height (pitch)' },
  fovDeg: { min: 30, max: 120, unit: '°', what: 'zoom (field of view)' },
  sizeDeg: { min: 1, max: 120, unit: '°', what: 'size' },
  gain: { min: 0, max: 1, unit: '', what: 'volume' },
  distanceM: { min: 0.5, max: 100, unit: ' m', what: 'distance' },
} as const satisfies Record<string, NumberRange>

/** Wraps a yaw field into [-180, 180) when it is a finite number outside it. */
export const repairYawField = (holder: unknown, key: string, path: JsonPath, log: RepairLog): void => {
  const before = ownValue(holder, key)
  if (!isFiniteNumber(before) || (before >= -180 && before < 180)) return
  const after = wrapYawDeg(before)
  setOwn(holder as object, key, after)
  log.add({
    code: 'wrapped-angle',
    path: [...path, key],
    before,
    after,
    reason: `The direction ${before}° was outside -180° to 180°, so it was changed to ${after}°, which points the same way.`,
  })
}

/** Wraps a heading field into [0, 360) when it is a finite number outside it. */
export const repairHeadingField = (holder: unknown, key: string, path: JsonPath, log: RepairLog): void => {
  const before = ownValue(holder, key)
  if (!isFiniteNumber(before) || (before >= 0 && before < 360)) return
  const after = wrapHeadingDeg(before)
  setOwn(holder as object, key, after)
  log.add({
    code: 'wrapped-angle',
    path: [...path, key],
    before,
    after,
    reason: `The heading ${before}° was outside 0° to 360°, so it was changed to ${after}°, which points the same way.`,
  })
}

/** Clamps a number field into `range` when it is a finite number outside it. */
export const repairClampedField = (holder: unknown, key: string, range: NumberRange, path: JsonPath, log: RepairLog): void => {
  const before = ownValue(holder, key)
  if (!isFiniteNumber(before) || (before >= range.min && before <= range.max)) return
  const after = clamp(before, range.min, range.max)
  setOwn(holder as object, key, after)
  const side = before < range.min ? 'smallest' : 'largest'
  log.add({
    code: 'clamped-number',
    path: [...path, key],
    before,
    after,
    reason:
      `The ${range.what} ${before}${range.unit} was outside ${range.min}${range.unit} to ${range.max}${range.unit}, ` +
      `so it was set to the ${side} allowed value, ${after}${range.unit}.`,
  })
}
