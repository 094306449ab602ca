import { z } from 'zod'

/**
 * The one sanctioned extension point: a bag of JSON values on story, scene and hotspot records, for
 * tools that need to keep their own data. Players ignore it. Nesting is capped by the loader (B-18).
 */
export const metaSchema = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, { message: 'must be a simple name' }),
  z.json(),
)
export type Meta = z.infer<typeof metaSchema>
