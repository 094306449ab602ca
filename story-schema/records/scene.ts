import { z } from 'zod'
import { assetIdSchema, sceneIdSchema } from '../ids'
import { limits } from '../limits'
import { localizedTextSchema } from '../text'
import { fovDegSchema, headingDegSchema, pitchDegSchema, yawDegSchema } from '../units'
import { effectListSchema } from './effect'
import { hotspotSchema } from './hotspot'
import { metaSchema } from './meta'
import { narrationSchema } from './narration'
import { soundscapeSchema } from './soundscape'

/** Where the viewer looks when a scene starts. */
export const viewSchema = z.strictObject({
  yawDeg: yawDegSchema,
  pitchDeg: pitchDegSchema,
  fovDeg: fovDegSchema,
})
export type View = z.infer<typeof viewSchema>

/**
 * A place in the story: a panorama with its sound, narration and hotspots. The description tells
 * the place in words for people who cannot see the panorama (C-17). An ending scene finishes the
 * story with its message.
 */
export const sceneSchema = z
  .strictObject({
    id: sceneIdSchema,
    title: localizedTextSchema({ maxChars: limits.titleMaxChars, minChars: 1 }),
    description: localizedTextSchema({ maxChars: limits.descriptionMaxChars, multiline: true }),
    panoramaAssetId: assetIdSchema,
    /** Yaw (in the panorama) that faces north, for a compass; 0 when unknown. */
    northHeadingDeg: headingDegSchema,
    initialView: viewSchema,
    soundscape: soundscapeSchema,
    narrations: z.array(narrationSchema).max(50),
    hotspots: z.array(hotspotSchema).max(limits.maxHotspotsPerScene),
    onEnter: effectListSchema,
    ending: z
      .strictObject({ message: localizedTextSchema({ maxChars: limits.bodyMaxChars, multiline: true, minChars: 1 }) })
      .optional(),
    meta: metaSchema.optional(),
  })
  .superRefine((scene, ctx) => {
    const languages = new Set<string>()
    scene.narrations.forEach((narration, index) => {
      if (languages.has(narration.language)) {
        ctx.addIssue({ code: 'custom', path: ['narrations', index, 'language'], message: 'has a second narration in the same language' })
      }
      languages.add(narration.language)
    })
  })
export type Scene = z.infer<typeof sceneSchema>
