import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseStoryFile } from '../load/parse-story-file'
import { CURRENT_SCHEMA_VERSION } from '../story-file'

/**
 * Frozen story files, one folder per format version (tests/fixtures/story-files/vN/). They are added,
 * never edited: every one must still open, and files of the current version must need no repairs.
 */
const root = join(import.meta.dirname, '../../tests/fixtures/story-files')
const versions = readdirSync(root)
  .filter((name) => /^v\d+$/.test(name))
  .map((name) => Number(name.slice(1)))
  .sort((a, b) => a - b)

describe('frozen story files', () => {
  it('has a folder for the current version', () => {
    expect(versions).toContain(CURRENT_SCHEMA_VERSION)
  })

  for (const version of versions) {
    const folder = join(root, `v${version}`)
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'))

    it(`v${version} has at least one file`, () => {
      expect(files.length).toBeGreaterThan(0)
    })

    for (const file of files) {
      it(`v${version}/${file} opens${version === CURRENT_SCHEMA_VERSION ? ' with no repairs' : ''}`, () => {
        const text = readFileSync(join(folder, file))
        expect(JSON.parse(text.toString('utf8')).schemaVersion).toBe(version)
        const result = parseStoryFile(new Uint8Array(text))
        if (!result.ok) expect.fail(result.error.message)
        if (version === CURRENT_SCHEMA_VERSION) expect(result.repairs).toEqual([])
        expect(result.warnings.filter((issue) => issue.severity === 'error')).toEqual([])
      })
    }
  }
})
