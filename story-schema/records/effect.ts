import { z } from 'zod'
import { assetIdSchema, sceneIdSchema } from '../ids'
import { limits } from '../limits'
import { localizedTextSchema } from '../text'
import { gainSchema } from '../units'
import { variableNameSchema, variableNumberSchema, variableValueSchema } from './variable'

/**
 * What happens when a viewer follows a link, picks a choice or enters a scene. Effects are data:
 * set / add / toggle a variable, go to a scene, play a sound, end the story.
 */
export const effectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set'), variable: variableNameSchema, value: variableValueSchema }),
  z.strictObject({ type: z.literal('add'), variable: variableNameSchema, amount: variableNumberSchema }),
  z.strictObject({ type: z.literal('toggle'), variable: variableNameSchema }),
  z.strictObject({ type: z.literal('goTo'), sceneId: sceneIdSchema }),
  z.strictObject({ type: z.literal('playSound'), assetId: assetIdSchema, gain: gainSchema.optional() }),
  z.strictObject({
    type: z.literal('end'),
    message: localizedTextSchema({ maxChars: limits.bodyMaxChars, multiline: true }).optional(),
  }),
])
export type Effect = z.infer<typeof effectSchema>
export type EffectType = Effect['type']

export const effectListSchema = z.array(effectSchema).max(limits.maxEffectsPerAction)
