import { z } from 'zod'
import { limits } from '../limits'
import { localizedTextSchema, safeTextSchema } from '../text'
import { httpsUrlSchema } from '../url'

/** Licences an author can choose for a photo, a sound or the whole story (SPDX ids where one exists). */
export const licenceIds = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'own-work',
  'public-domain',
  'all-rights-reserved',
  /** Another licence, named in the credit's `licenceText`. */
  'other',
] as const
export const licenceSchema = z.enum(licenceIds, { message: `must be one of: ${licenceIds.join(', ')}` })
export type Licence = z.infer<typeof licenceSchema>
/** The whole story's licence: any of them but "other", which needs words only a credit has. */
export const storyLicenceSchema = licenceSchema.exclude(['other'])

/**
 * Who made a photo or a sound, where it came from, and on what terms it may be shared. With the
 * licence "other", `licenceText` says which licence or terms (added in v1 as an optional field).
 */
export const creditSchema = z
  .strictObject({
    /** The person or group who made it. */
    author: safeTextSchema({ maxChars: limits.nameMaxChars, minChars: 1 }),
    /** Its title, when it has one. */
    title: safeTextSchema({ maxChars: limits.titleMaxChars }).optional(),
    /** Where it was found (https only). */
    sourceUrl: httpsUrlSchema.optional(),
    licence: licenceSchema,
    /** The licence or terms in words, when `licence` is "other". */
    licenceText: safeTextSchema({ maxChars: limits.labelMaxChars }).optional(),
  })
  .refine((credit) => credit.licence !== 'other' || (credit.licenceText ?? '').trim() !== '', {
    message: 'must say which licence it is',
    path: ['licenceText'],
  })
export type Credit = z.infer<typeof creditSchema>

/** A line on the story's credits screen: a role ("Photos", "Voices") and the people in it. */
export const storyCreditSchema = z.strictObject({
  role: localizedTextSchema({ maxChars: limits.labelMaxChars, minChars: 1 }),
  names: z.array(safeTextSchema({ maxChars: limits.nameMaxChars, minChars: 1 })).min(1).max(100),
})
export type StoryCredit = z.infer<typeof storyCreditSchema>

/** An author of the story. */
export const authorSchema = z.strictObject({
  name: safeTextSchema({ maxChars: limits.nameMaxChars, minChars: 1 }),
  role: safeTextSchema({ maxChars: limits.labelMaxChars }).optional(),
})
export type Author = z.infer<typeof authorSchema>
