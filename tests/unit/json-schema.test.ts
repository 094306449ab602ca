import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storyJsonSchema, storyJsonSchemaText } from '../../story-schema/json-schema'

/** story-schema/story.schema.json is generated from the zod schemas and must match them. */
const committedPath = join(import.meta.dirname, '../../story-schema/story.schema.json')

describe('story.schema.json', () => {
  it('is current (if not: run npm run schema:json)', () => {
    const committed = readFileSync(committedPath, 'utf8')
    expect(committed === storyJsonSchemaText(), 'story-schema/story.schema.json is out of date: run npm run schema:json').toBe(true)
  })

  it('describes a strict story file envelope', () => {
    const schema = storyJsonSchema() as {
      $schema: string
      required: string[]
      additionalProperties: boolean
      properties: { format: { const: string }; story: { required: string[]; additionalProperties: boolean } }
      $defs: Record<string, unknown>
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(['format', 'schemaVersion', 'story'])
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties.format.const).toBe('storysphere.story')
    expect(schema.properties.story.additionalProperties).toBe(false)
    expect(schema.properties.story.required).toContain('scenes')
    expect(Object.keys(schema.$defs).sort()).toEqual(['Condition', 'JsonValue'])
  })
})
