import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../story-file'
import type { Migration } from './migration'
import { createMigrationRegistry } from './registry'

/** Synthetic steps: the real registry is empty while the format is at version 1. */
const addSoundscapes: Migration = {
  version: 2,
  name: 'AddSoundscapes',
  up: (doc) => ({ ...(doc as object), soundscapes: [], trail: [...((doc as { trail?: string[] }).trail ?? []), 'v2'] }),
}
const renameTitle: Migration = {
  version: 3,
  name: 'RenameTitle',
  up: (doc) => {
    const { name, ...rest } = doc as { name?: string; trail: string[] }
    return { ...rest, title: name, trail: [...rest.trail, 'v3'] }
  },
}

describe('createMigrationRegistry', () => {
  it('accepts no steps at version 1, and steps 2…N for version N in any order', () => {
    expect(createMigrationRegistry([], 1).steps).toEqual([])
    expect(createMigrationRegistry([]).currentVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(createMigrationRegistry([renameTitle, addSoundscapes], 3).steps.map((step) => step.version)).toEqual([2, 3])
  })

  it('throws on a gap', () => {
    expect(() => createMigrationRegistry([renameTitle], 3)).toThrow(/expected 2 \(a gap before it\)/)
  })

  it('throws on a duplicate version', () => {
    expect(() => createMigrationRegistry([addSoundscapes, { ...renameTitle, version: 2 }], 3)).toThrow(/a duplicate version/)
  })

  it('throws when the steps do not reach the current version', () => {
    expect(() => createMigrationRegistry([addSoundscapes], 3)).toThrow(/end at version 2/)
    expect(() => createMigrationRegistry([], 2)).toThrow(/end at version 1/)
  })

  it('throws on names that are not PascalCase or are used twice', () => {
    expect(() => createMigrationRegistry([{ ...addSoundscapes, name: 'add-soundscapes' }], 2)).toThrow(/PascalCase/)
    expect(() => createMigrationRegistry([addSoundscapes, { ...renameTitle, name: 'AddSoundscapes' }], 3)).toThrow(/used twice/)
  })
})

describe('MigrationRegistry.migrate', () => {
  const registry = createMigrationRegistry([addSoundscapes, renameTitle], 3)

  it('applies the needed steps in order, 1 → 3', () => {
    const migrated = registry.migrate({ format: 'x', schemaVersion: 1, story: { name: 'Harbour' } })
    expect(migrated).toEqual({
      format: 'x',
      schemaVersion: 3,
      story: { title: 'Harbour', soundscapes: [], trail: ['v2', 'v3'] },
      applied: ['AddSoundscapes', 'RenameTitle'],
    })
  })

  it('applies only the steps after the file’s version', () => {
    const migrated = registry.migrate({ schemaVersion: 2, story: { name: 'Harbour', trail: ['v2'] } })
    expect(migrated).toMatchObject({ schemaVersion: 3, applied: ['RenameTitle'], story: { title: 'Harbour', trail: ['v2', 'v3'] } })
  })

  it('leaves a current file as it is', () => {
    const file = { schemaVersion: 3, story: { title: 'Harbour' } }
    expect(registry.migrate(file)).toEqual({ ...file, applied: [] })
  })

  it('does not change its input, even when a step would', () => {
    const mutating = createMigrationRegistry(
      [{ version: 2, name: 'Mutate', up: (doc) => Object.assign(doc as object, { changed: true }) }],
      2,
    )
    const file = { schemaVersion: 1, story: { nested: { a: 1 } } }
    const migrated = mutating.migrate(file)
    expect(file).toEqual({ schemaVersion: 1, story: { nested: { a: 1 } } })
    expect(migrated.story).toEqual({ nested: { a: 1 }, changed: true })
  })

  it('lets a step’s error through (parseStoryFile turns it into invalidStory)', () => {
    const throwing = createMigrationRegistry([{ version: 2, name: 'Crash', up: () => { throw new Error('junk') } }], 2)
    expect(() => throwing.migrate({ schemaVersion: 1, story: {} })).toThrow('junk')
  })
})
