import { z } from 'zod'
import { conditionSchema } from './records/condition'
import { metaSchema } from './records/meta'
import { STORY_FILE_FORMAT, storyFileSchema } from './story-file'

/**
 * The story format as JSON Schema (draft 2020-12), generated from the zod schemas so that text
 * editors can check and complete hand-written story files. It cannot say everything the zod schemas
 * check (refinements such as unique ids or "the story language comes first"), so `parseStoryFile`
 * stays the authority. `story.schema.json` is this, written out; a test keeps it current.
 */
const names = z.registry<{ id: string }>()
names.add(conditionSchema, { id: 'Condition' })
names.add(metaSchema.valueType, { id: 'JsonValue' })

/** The JSON Schema of a current story file. */
export const storyJsonSchema = (): Record<string, unknown> => {
  const generated = z.toJSONSchema(storyFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    cycles: 'ref',
    metadata: names,
  }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return {
    $schema,
    title: 'Storysphere story file',
    description:
      `A "${STORY_FILE_FORMAT}" file. Generated from story-schema/ (do not edit by hand); ` +
      'Storysphere checks more rules than this schema can say.',
    ...rest,
  }
}

/** The text of story.schema.json: the schema with two-space indents and a final newline. */
export const storyJsonSchemaText = (): string => `${JSON.stringify(storyJsonSchema(), null, 2)}\n`
