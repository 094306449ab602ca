import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storyMigrationSteps } from './migrate-story-file'

/**
 * Every migration ships with a test and a frozen fixture (architecture.md B3): step N needs
 * `vN-*.test.ts` next to it and at least one file in `tests/fixtures/story-files/v{N-1}/`. With no
 * steps yet this passes trivially; it fails the day a step is added without them.
 */
const here = import.meta.dirname
const fixtures = join(here, '../../tests/fixtures/story-files')

describe('migration coverage', () => {
  it.each(storyMigrationSteps.map((step) => [step.version, step.name] as const))('v%i %s has a test file and a fixture folder', (version) => {
    const tests = readdirSync(here).filter((name) => name.startsWith(`v${version}-`) && name.endsWith('.test.ts'))
    expect(tests, `add story-schema/migrations/v${version}-<verb-noun>.test.ts`).not.toHaveLength(0)
    const folder = join(fixtures, `v${version - 1}`)
    expect(existsSync(folder) && readdirSync(folder).some((name) => name.endsWith('.json')), `add a frozen file to ${folder}`).toBe(true)
  })

  it('has no step files that are not registered', () => {
    const files = readdirSync(here).filter((name) => /^v\d+-.*\.ts$/.test(name) && !name.endsWith('.test.ts'))
    const versions = files.map((name) => Number(/^v(\d+)-/.exec(name)![1]))
    expect(versions.sort()).toEqual(storyMigrationSteps.map((step) => step.version).sort())
  })
})
