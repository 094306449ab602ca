import { z } from 'zod'
import type { SceneId } from '../ids'
import { sceneIdSchema } from '../ids'
import { variableNameSchema, variableValueSchema } from './variable'
import type { VariableValue } from './variable'

/**
 * Conditions are data, never code: all / any / not / compare a variable / has visited a scene.
 * They decide whether a hotspot or a choice is shown (`visibleIf`). Depth is capped by the loader.
 */
export const compareOps = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const
export type CompareOp = (typeof compareOps)[number]

export type Condition =
  | { type: 'all'; conditions: Condition[] }
  | { type: 'any'; conditions: Condition[] }
  | { type: 'not'; condition: Condition }
  | { type: 'compare'; variable: string; op: CompareOp; value: VariableValue }
  | { type: 'visited'; sceneId: SceneId }

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('all'), conditions: z.array(conditionSchema).max(20) }),
    z.strictObject({ type: z.literal('any'), conditions: z.array(conditionSchema).max(20) }),
    z.strictObject({ type: z.literal('not'), condition: conditionSchema }),
    z.strictObject({
      type: z.literal('compare'),
      variable: variableNameSchema,
      op: z.enum(compareOps),
      value: variableValueSchema,
    }),
    z.strictObject({ type: z.literal('visited'), sceneId: sceneIdSchema }),
  ]),
)
