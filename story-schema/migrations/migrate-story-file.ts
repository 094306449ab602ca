import type { Migration } from './migration'
import type { MigratedStoryFile, VersionedStoryFile } from './registry'
import { createMigrationRegistry } from './registry'

/**
 * The real migrations, in version order. The format is at version 1, so there are none yet. To add
 * one, see migrations/README.md: a `vN-verb-noun.ts` step, its `vN-verb-noun.test.ts`, a frozen
 * fixture folder `tests/fixtures/story-files/v{N-1}/`, and a name in `StoryVersions`.
 */
export const storyMigrationSteps: readonly Migration[] = []

/** The checked registry of the real migrations (checked when this module loads). */
export const storyMigrations = createMigrationRegistry(storyMigrationSteps)

/**
 * Brings a story file of an older version up to the current version by applying the steps it
 * needs in order. Pure: the input is never changed (its story is copied before the first step). May
 * throw when a step meets data it cannot read; `parseStoryFile` turns that into `invalidStory`.
 */
export const migrateStoryFile = <F extends VersionedStoryFile>(file: F): F & MigratedStoryFile => storyMigrations.migrate(file)
