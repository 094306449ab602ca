import { z } from 'zod'
import { storySchema } from './records/story'
import type { Story } from './records/story'

/**
 * The file envelope: `{ format, schemaVersion, story }`. Written only by `serializeStoryFile`.
 * Older versions are migrated on load (migrations/); newer ones are refused (B-21).
 */
export const STORY_FILE_FORMAT = 'storysphere.story'

/** Named format versions; the last one is current. Add one per migration (see migrations/README.md). */
export const StoryVersions = {
  Initial: 1,
} as const
export const CURRENT_SCHEMA_VERSION: number = Math.max(...Object.values(StoryVersions))

/** The current envelope with the full story schema. */
export const storyFileSchema = z.strictObject({
  format: z.literal(STORY_FILE_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  story: storySchema,
})
export type StoryFile = z.infer<typeof storyFileSchema>

/** The loose gate every incoming file passes first: is this a story file at all, and which version? */
export const storyFileEnvelopeSchema = z.looseObject({
  format: z.literal(STORY_FILE_FORMAT),
  schemaVersion: z.number(),
  story: z.looseObject({}),
})

/** The JSON text of a story file, pretty-printed with two spaces and a final newline. */
export const serializeStoryFile = (story: Story): string =>
  `${JSON.stringify({ format: STORY_FILE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, story }, null, 2)}\n`
