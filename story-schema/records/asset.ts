import { z } from 'zod'
import { assetIdSchema } from '../ids'
import { limits } from '../limits'
import { localizedTextSchema } from '../text'
import { headingDegSchema, pitchDegSchema, tiltDegSchema } from '../units'
import { packagePathSchema } from '../url'
import { creditSchema } from './credit'
import { metaSchema } from './meta'

/**
 * The assets table: every photo and sound, referenced by id everywhere else. Each file is known by
 * its path in a package, its MIME type, size and sha-256, so packages can be checked and media
 * stored by content. Video is reserved for a later format version.
 */
export const imageMimeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp'])
export const audioMimeSchema = z.enum(['audio/mpeg', 'audio/ogg', 'audio/mp4', 'audio/wav'])

const extensionByMime: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/wav': 'wav',
}
/** The file extension a package uses for a MIME type. */
export const extensionForMime = (mime: string): string | undefined => extensionByMime[mime]

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a sha-256 in hex' })
const bytesSchema = z.number().int().gte(0).lte(limits.assetMaxBytes)
const pixelsSchema = z.number().int().gte(1).lte(limits.imageMaxSidePx)

const fileFields = {
  path: packagePathSchema,
  bytes: bytesSchema,
  sha256: sha256Schema,
}

/** A smaller copy of an image: a downscaled size for weaker devices, or a tiny preview shown first. */
export const derivativeSchema = z.strictObject({
  ...fileFields,
  role: z.enum(['downscaled', 'preview']),
  mime: imageMimeSchema,
  widthPx: pixelsSchema,
  heightPx: pixelsSchema,
})
export type Derivative = z.infer<typeof derivativeSchema>

/** How an equirectangular image covers the sphere: all of it, or a GPano-style crop of it. */
export const projectionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('full') }),
  z.strictObject({
    type: z.literal('partial'),
    fullWidthPx: z.number().int().gte(2).lte(65_536),
    fullHeightPx: z.number().int().gte(1).lte(32_768),
    cropLeftPx: z.number().int().gte(0).lte(65_536),
    cropTopPx: z.number().int().gte(0).lte(32_768),
  }),
])
export type Projection = z.infer<typeof projectionSchema>

const common = {
  id: assetIdSchema,
  ...fileFields,
  /** What it shows or sounds like, in words. */
  description: localizedTextSchema({ maxChars: limits.descriptionMaxChars, multiline: true }).optional(),
  credit: creditSchema.optional(),
  meta: metaSchema.optional(),
}

export const panoramaAssetSchema = z.strictObject({
  ...common,
  kind: z.literal('panorama'),
  mime: imageMimeSchema,
  widthPx: pixelsSchema,
  heightPx: pixelsSchema,
  projection: projectionSchema,
  /** Camera pose from GPano: where the image centre points (compass), and its pitch and roll. */
  poseHeadingDeg: headingDegSchema.optional(),
  posePitchDeg: pitchDegSchema.optional(),
  poseRollDeg: tiltDegSchema.optional(),
  derivatives: z.array(derivativeSchema).max(8),
})

export const imageAssetSchema = z.strictObject({
  ...common,
  kind: z.literal('image'),
  mime: imageMimeSchema,
  widthPx: pixelsSchema,
  heightPx: pixelsSchema,
  derivatives: z.array(derivativeSchema).max(8),
})

export const audioAssetSchema = z.strictObject({
  ...common,
  kind: z.literal('audio'),
  mime: audioMimeSchema,
  durationMs: z.number().int().gte(0).lte(limits.audioMaxDurationMs),
})

export const assetSchema = z
  .discriminatedUnion('kind', [panoramaAssetSchema, imageAssetSchema, audioAssetSchema])
  .superRefine((asset, ctx) => {
    const files = [asset, ...('derivatives' in asset ? asset.derivatives : [])]
    files.forEach((file, index) => {
      const extension = file.path.split('.').pop()
      const expected = extensionForMime(file.mime)
      if (expected !== extension && !(expected === 'jpg' && extension === 'jpeg')) {
        ctx.addIssue({
          code: 'custom',
          path: index === 0 ? ['path'] : ['derivatives', index - 1, 'path'],
          message: `the file name ends in ".${extension}" but the file is ${file.mime}`,
        })
      }
    })
    if (asset.kind === 'panorama' && asset.projection.type === 'partial') {
      const p = asset.projection
      if (p.cropLeftPx + asset.widthPx > p.fullWidthPx || p.cropTopPx + asset.heightPx > p.fullHeightPx) {
        ctx.addIssue({ code: 'custom', path: ['projection'], message: 'the crop does not fit inside the full panorama' })
      }
    }
  })

export type PanoramaAsset = z.infer<typeof panoramaAssetSchema>
export type ImageAsset = z.infer<typeof imageAssetSchema>
export type AudioAsset = z.infer<typeof audioAssetSchema>
export type Asset = z.infer<typeof assetSchema>
export type AssetKind = Asset['kind']
