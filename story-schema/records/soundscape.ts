import { z } from 'zod'
import { assetIdSchema, soundIdSchema } from '../ids'
import { limits } from '../limits'
import { localizedTextSchema } from '../text'
import { distanceMSchema, durationMsSchema, gainSchema, pitchDegSchema, yawDegSchema } from '../units'

/**
 * The sound of a place: ambient beds that surround the viewer (wind, traffic, waves), and
 * positional sounds pinned at a direction and distance (a bird on the left, a bus behind).
 * A bed that the next scene also uses keeps playing across the transition.
 */
export const ambientBedSchema = z.strictObject({
  id: soundIdSchema,
  assetId: assetIdSchema,
  gain: gainSchema,
  loop: z.boolean(),
  fadeInMs: durationMsSchema,
  fadeOutMs: durationMsSchema,
})
export type AmbientBed = z.infer<typeof ambientBedSchema>

export const positionalSoundSchema = z.strictObject({
  id: soundIdSchema,
  assetId: assetIdSchema,
  yawDeg: yawDegSchema,
  pitchDeg: pitchDegSchema,
  distanceM: distanceMSchema,
  gain: gainSchema,
  loop: z.boolean(),
  /** The sound in words, for captions and the transcript ("[seagulls, to the left]"). */
  caption: localizedTextSchema({ maxChars: limits.captionMaxChars, minChars: 1 }).optional(),
})
export type PositionalSound = z.infer<typeof positionalSoundSchema>

export const soundscapeSchema = z.strictObject({
  beds: z.array(ambientBedSchema).max(limits.maxSoundsPerScene),
  sounds: z.array(positionalSoundSchema).max(limits.maxSoundsPerScene),
})
export type Soundscape = z.infer<typeof soundscapeSchema>
