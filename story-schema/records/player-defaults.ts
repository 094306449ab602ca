import { z } from 'zod'

/**
 * How the story is played unless the viewer changes it in the settings screen (C-32).
 * Dwell selects a hotspot by looking at it (C-4, C-5); transitions fade through black (C-18).
 */
export const playerDefaultsSchema = z.strictObject({
  /** Gaze dwell time in ms (400–3000), or null for off. */
  dwellMs: z.number().int().gte(400).lte(3000).nullable(),
  transition: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fade'), fadeMs: z.number().int().gte(200).lte(500) }),
    z.strictObject({ kind: z.literal('cut') }),
  ]),
  /** Captions on at start. */
  captions: z.boolean(),
  /** Snap turn step in degrees for headsets, or null for smooth/no turning (C-21). */
  snapTurnDeg: z.union([z.literal(15), z.literal(30), z.literal(45), z.literal(90)]).nullable(),
})
export type PlayerDefaults = z.infer<typeof playerDefaultsSchema>

export const defaultPlayerDefaults: PlayerDefaults = {
  dwellMs: 800,
  transition: { kind: 'fade', fadeMs: 300 },
  captions: true,
  snapTurnDeg: 30,
}
