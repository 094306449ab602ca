import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, StoryVersions } from '../story-file'
import { migrateStoryFile, storyMigrations, storyMigrationSteps } from './migrate-story-file'

describe('the real migrations', () => {
  it('reach the current version', () => {
    expect(storyMigrations.currentVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(storyMigrations.steps).toHaveLength(CURRENT_SCHEMA_VERSION - 1)
  })

  it('are named after their StoryVersions key', () => {
    for (const step of storyMigrationSteps) expect(StoryVersions[step.name as keyof typeof StoryVersions]).toBe(step.version)
    expect(Object.keys(StoryVersions)).toHaveLength(storyMigrationSteps.length + 1)
  })

  it('leave a current file as it is', () => {
    const file = { format: 'storysphere.story', schemaVersion: CURRENT_SCHEMA_VERSION, story: { id: 'story:x' } }
    const migrated = migrateStoryFile(file)
    expect(migrated).toEqual({ ...file, applied: [] })
    expect(migrated.story).toBe(file.story)
  })
})
