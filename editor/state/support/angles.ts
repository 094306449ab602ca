import { clamp, fovDegSchema, wrapHeadingDeg, wrapYawDeg } from '@story-schema'
import type { View } from '@story-schema'
import { CommandError } from '../command'
import { stateMessages } from '../messages'

const finite = (value: number, field: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CommandError(stateMessages.notANumber, field)
  return value
}

/** Angles are kept to a tenth of a degree, so drags and nudges give tidy numbers. */
const tenth = (value: number): number => Math.round(value * 10) / 10

/** A yaw as stored: a tenth of a degree, wrapped into [-180, 180). */
export const storedYawDeg = (value: number, field = 'yawDeg'): number => wrapYawDeg(tenth(finite(value, field)))

/** A pitch as stored: a tenth of a degree, clamped into [-90, 90]. */
export const storedPitchDeg = (value: number, field = 'pitchDeg'): number => clamp(tenth(finite(value, field)), -90, 90)

/** A compass heading as stored: a tenth of a degree, wrapped into [0, 360). */
export const storedHeadingDeg = (value: number, field = 'northHeadingDeg'): number => {
  const wrapped = wrapHeadingDeg(tenth(finite(value, field)))
  return wrapped >= 360 ? 0 : wrapped
}

/** A hotspot size as stored: a tenth of a degree, clamped into [1, 120]. */
export const storedSizeDeg = (value: number, field = 'sizeDeg'): number => clamp(tenth(finite(value, field)), 1, 120)

const fovRange = [fovDegSchema.minValue ?? 30, fovDegSchema.maxValue ?? 120] as const

/** A view as stored: yaw wrapped, pitch and field of view clamped (30–120°). */
export const storedView = (view: View): View => ({
  yawDeg: storedYawDeg(view.yawDeg),
  pitchDeg: storedPitchDeg(view.pitchDeg),
  fovDeg: clamp(tenth(finite(view.fovDeg, 'fovDeg')), fovRange[0], fovRange[1]),
})
