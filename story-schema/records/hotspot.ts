import { z } from 'zod'
import { assetIdSchema, choiceIdSchema, hotspotIdSchema, sceneIdSchema } from '../ids'
import { limits } from '../limits'
import { localizedTextSchema } from '../text'
import { gainSchema, pitchDegSchema, sizeDegSchema, yawDegSchema } from '../units'
import { httpsUrlSchema } from '../url'
import { conditionSchema } from './condition'
import { effectListSchema } from './effect'
import { metaSchema } from './meta'

/**
 * Hotspots: things placed in the panorama at a direction (yaw/pitch) with an angular size.
 * - link: a door or a path to another scene;
 * - billboard: a panel with a title, text, an optional image and web link, and choices;
 * - sound: plays a clip when chosen.
 * Each has a label (its accessible name, unique within the scene, C-9), an optional description,
 * and an optional `visibleIf` condition. Author order is the keyboard and screen-reader order (C-1).
 */
const common = {
  id: hotspotIdSchema,
  yawDeg: yawDegSchema,
  pitchDeg: pitchDegSchema,
  /** Angular width of the hotspot's target area, in degrees. */
  sizeDeg: sizeDegSchema,
  label: localizedTextSchema({ maxChars: limits.labelMaxChars, minChars: 1 }),
  description: localizedTextSchema({ maxChars: limits.descriptionMaxChars, multiline: true }).optional(),
  visibleIf: conditionSchema.optional(),
  meta: metaSchema.optional(),
}

/** One answer on a billboard. Without a target it applies its effects and the viewer stays. */
export const choiceSchema = z.strictObject({
  id: choiceIdSchema,
  label: localizedTextSchema({ maxChars: limits.labelMaxChars, minChars: 1 }),
  targetSceneId: sceneIdSchema.optional(),
  effects: effectListSchema,
  visibleIf: conditionSchema.optional(),
})
export type Choice = z.infer<typeof choiceSchema>

export const linkHotspotSchema = z.strictObject({
  ...common,
  kind: z.literal('link'),
  targetSceneId: sceneIdSchema,
  /** How the link looks: an arrow on the ground or a door. */
  icon: z.enum(['arrow', 'door']),
  effects: effectListSchema,
})

export const billboardHotspotSchema = z.strictObject({
  ...common,
  kind: z.literal('billboard'),
  title: localizedTextSchema({ maxChars: limits.titleMaxChars, minChars: 1 }),
  body: localizedTextSchema({ maxChars: limits.bodyMaxChars, multiline: true }).optional(),
  imageAssetId: assetIdSchema.optional(),
  /** A web page to open (https only, asked first in a headset, B-28). */
  url: httpsUrlSchema.optional(),
  urlLabel: localizedTextSchema({ maxChars: limits.labelMaxChars, minChars: 1 }).optional(),
  choices: z.array(choiceSchema).max(limits.maxChoicesPerBillboard),
})

export const soundHotspotSchema = z.strictObject({
  ...common,
  kind: z.literal('sound'),
  assetId: assetIdSchema,
  gain: gainSchema,
  loop: z.boolean(),
  /** The sound in words ("[a bell rings]"), shown as a caption while it plays. */
  caption: localizedTextSchema({ maxChars: limits.captionMaxChars, minChars: 1 }).optional(),
})

export const hotspotSchema = z.discriminatedUnion('kind', [linkHotspotSchema, billboardHotspotSchema, soundHotspotSchema])

export type LinkHotspot = z.infer<typeof linkHotspotSchema>
export type BillboardHotspot = z.infer<typeof billboardHotspotSchema>
export type SoundHotspot = z.infer<typeof soundHotspotSchema>
export type Hotspot = z.infer<typeof hotspotSchema>
export type HotspotKind = Hotspot['kind']
