import { z } from 'zod'
import { limits } from '../limits'
import { safeTextSchema } from '../text'

/**
 * Story variables (Twine's `$hasKey`), declared up front with a type and a start value. Names are
 * plain identifiers; names that collide with JavaScript object internals are refused (B-19).
 */
export const reservedVariableNames = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'])

export const variableNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/, { message: 'must be a name of letters, digits and _ (like "hasTicket")' })
  .refine((name) => !reservedVariableNames.has(name), { message: 'is a reserved name' })
export type VariableName = z.infer<typeof variableNameSchema>

/** Numbers in variables stay within ±1e9 so arithmetic effects stay exact. */
export const variableNumberSchema = z.number().finite().gte(-1e9).lte(1e9)
export const variableTextSchema = safeTextSchema({ maxChars: limits.labelMaxChars })

export const variableSchema = z.discriminatedUnion('type', [
  z.strictObject({ name: variableNameSchema, type: z.literal('flag'), initial: z.boolean() }),
  z.strictObject({ name: variableNameSchema, type: z.literal('number'), initial: variableNumberSchema }),
  z.strictObject({ name: variableNameSchema, type: z.literal('text'), initial: variableTextSchema }),
])
export type Variable = z.infer<typeof variableSchema>
export type VariableType = Variable['type']

/** A value a variable can hold. */
export const variableValueSchema = z.union([z.boolean(), variableNumberSchema, variableTextSchema])
export type VariableValue = z.infer<typeof variableValueSchema>
