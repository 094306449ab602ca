import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../story-file'
import { gateEnvelope } from './gate-envelope'

const file = (overrides: Record<string, unknown>) => ({ format: 'storysphere.story', schemaVersion: 1, story: {}, ...overrides })

describe('gateEnvelope', () => {
  it('lets a story file of a known version through, extra fields and all', () => {
    expect(gateEnvelope(file({ extra: 1 }))).toMatchObject({ ok: true })
  })

  it('refuses data that is not a story file', () => {
    for (const value of [null, 3, 'x', [], {}, file({ format: 'twine.story' }), file({ story: [] }), file({ story: undefined })]) {
      expect(gateEnvelope(value)).toMatchObject({ ok: false, reason: 'notAStoryFile' })
    }
  })

  it('refuses a newer version as such, whatever else is in it (B-21)', () => {
    expect(gateEnvelope(file({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }))).toEqual({
      ok: false,
      reason: 'versionTooNew',
      fileVersion: CURRENT_SCHEMA_VERSION + 1,
    })
    expect(gateEnvelope(file({ schemaVersion: 999, story: 'changed in format 999' }))).toMatchObject({ reason: 'versionTooNew' })
  })

  it('refuses versions that are not whole numbers from 1', () => {
    for (const schemaVersion of [0, -1, 1.5, '1', Number.POSITIVE_INFINITY, Number.NaN, null]) {
      expect(gateEnvelope(file({ schemaVersion }))).toMatchObject({ ok: false, reason: 'notAStoryFile' })
    }
  })
})
