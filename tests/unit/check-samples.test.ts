import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { StoryIssue } from '../../story-schema/index'
import { checkStory, parseStoryFile } from '../../story-schema/index'

/** Every sample story loads without repairs and checks with no errors (its warnings are printed when one does not). */
const samplesDir = new URL('../../samples/', import.meta.url)

const sampleSlugs = (): string[] =>
  existsSync(samplesDir)
    ? readdirSync(samplesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/story.json`, samplesDir)))
        .map((entry) => entry.name)
        .sort()
    : []

const list = (issues: StoryIssue[]) => issues.map((i) => `  ${i.severity} ${i.code} — ${i.where}: ${i.message}`).join('\n')

const slugs = sampleSlugs()

describe('checks over the sample stories', () => {
  it('has sample stories to check (samples/<slug>/story.json)', () => {
    expect(slugs.length, 'no samples/<slug>/story.json found').toBeGreaterThan(0)
  })

  for (const slug of slugs) {
    it(`${slug}: loads without repairs and has no errors`, () => {
      const result = parseStoryFile(readFileSync(new URL(`${slug}/story.json`, samplesDir), 'utf8'))
      if (!result.ok) throw new Error(`samples/${slug}/story.json does not load: ${result.error.message}\n${result.error.detail}`)
      expect(result.repairs, `samples/${slug}/story.json needed repairs`).toEqual([])
      const issues = checkStory(result.story)
      const errors = issues.filter((issue) => issue.severity === 'error')
      const warnings = issues.filter((issue) => issue.severity === 'warning')
      expect(errors, `samples/${slug}: errors\n${list(errors)}\nwarnings\n${list(warnings)}`).toEqual([])
    })
  }
})
