import { cloneJson } from '../load/clone-json'
import { CURRENT_SCHEMA_VERSION } from '../story-file'
import type { Migration } from './migration'

/**
 * An ordered set of migrations, checked when it is made: versions run 2, 3, … up to the current
 * version with no gaps or duplicates, and names are PascalCase and unique. A mistake here is a
 * programming error, so creating a bad registry throws (at module load for the real one).
 */
export type MigrationRegistry = {
  /** The steps, in version order. */
  readonly steps: readonly Migration[]
  /** The version files end up at. */
  readonly currentVersion: number
  /** Brings a file from its `schemaVersion` up to `currentVersion`; see `migrateStoryFile`. */
  migrate<F extends VersionedStoryFile>(file: F): F & MigratedStoryFile
}

/** The part of a file migrations read: its version and its story. */
export type VersionedStoryFile = { schemaVersion: number; story: unknown }

/** A file after migration: at the current version, with the names of the steps applied. */
export type MigratedStoryFile = { schemaVersion: number; story: unknown; applied: string[] }

const pascalCase = /^[A-Z][A-Za-z0-9]*$/

/** Makes a registry from `steps` (in any order) for files up to `currentVersion`; throws when they do not fit. */
export const createMigrationRegistry = (
  steps: readonly Migration[],
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationRegistry => {
  const sorted = [...steps].sort((a, b) => a.version - b.version)
  const names = new Set<string>()
  sorted.forEach((step, index) => {
    const expected = index + 2
    if (step.version !== expected) {
      const problem = step.version < expected ? 'a duplicate version' : 'a gap before it'
      throw new Error(`Migration "${step.name}" is version ${step.version}, expected ${expected} (${problem}).`)
    }
    if (!pascalCase.test(step.name)) throw new Error(`Migration name "${step.name}" must be PascalCase, like "AddSoundscapes".`)
    if (names.has(step.name)) throw new Error(`Migration name "${step.name}" is used twice.`)
    names.add(step.name)
  })
  const last = sorted.length + 1
  if (last !== currentVersion) {
    throw new Error(`Migrations end at version ${last}, but the current version is ${currentVersion}.`)
  }
  const migrate = <F extends VersionedStoryFile>(file: F): F & MigratedStoryFile => {
    const needed = sorted.filter((step) => step.version > file.schemaVersion)
    if (needed.length === 0) return { ...file, applied: [] }
    let story = cloneJson(file.story)
    for (const step of needed) story = step.up(story)
    return { ...file, schemaVersion: currentVersion, story, applied: needed.map((step) => step.name) }
  }
  return { steps: sorted, currentVersion, migrate }
}
