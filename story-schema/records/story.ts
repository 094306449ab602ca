import { z } from 'zod'
import { sceneIdSchema, storyIdSchema } from '../ids'
import { limits } from '../limits'
import { languageTagSchema, localizedTextSchema } from '../text'
import { assetSchema } from './asset'
import { authorSchema, storyCreditSchema, storyLicenceSchema } from './credit'
import { metaSchema } from './meta'
import { playerDefaultsSchema } from './player-defaults'
import { sceneSchema } from './scene'
import { refineUniqueIds } from './story-integrity'
import { variableSchema } from './variable'

/**
 * A whole story: its scenes, the assets they use, declared variables, languages and credits.
 * `language` is the language it was written in (the fallback for every text); `languages` lists every
 * language it is offered in, `language` first. Scene order is the author's order.
 */
export const storySchema = z
  .strictObject({
    id: storyIdSchema,
    title: localizedTextSchema({ maxChars: limits.titleMaxChars, minChars: 1 }),
    summary: localizedTextSchema({ maxChars: limits.descriptionMaxChars, multiline: true }).optional(),
    language: languageTagSchema,
    languages: z.array(languageTagSchema).min(1).max(20),
    authors: z.array(authorSchema).max(50),
    licence: storyLicenceSchema,
    credits: z.array(storyCreditSchema).max(100),
    startSceneId: sceneIdSchema,
    variables: z.array(variableSchema).max(limits.maxVariables),
    playerDefaults: playerDefaultsSchema,
    scenes: z.array(sceneSchema).min(1).max(limits.maxScenes),
    assets: z.array(assetSchema).max(limits.maxAssets),
    meta: metaSchema.optional(),
  })
  .superRefine((story, ctx) => {
    if (story.languages[0] !== story.language) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'must start with the story language' })
    }
    if (new Set(story.languages).size !== story.languages.length) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'lists a language twice' })
    }
    refineUniqueIds(story, ctx)
  })
export type Story = z.infer<typeof storySchema>
