import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseStoryFile, serializeStoryFile } from '../../story-schema/index'

/**
 * The sample stories are real stories in the current format (issue 2): they round-trip through
 * parse → serialize → parse unchanged, every media file they name is there with the recorded size and
 * sha-256, the index lists each one, and together they stay within the 15 MB budget.
 */
const samplesDir = join(import.meta.dirname, '../../samples')
const slugs = readdirSync(samplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  )

describe('sample story files', () => {
  it('has at least two samples, all listed in samples/index.json', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(2)
    const index = JSON.parse(readFileSync(join(samplesDir, 'index.json'), 'utf8')) as { slug: string; path: string }[]
    expect(index.map((entry) => entry.slug).sort()).toEqual(slugs)
    for (const entry of index) expect(existsSync(join(samplesDir, entry.path))).toBe(true)
  })

  it('stays within 15 MB in all', () => {
    expect(folderBytes(samplesDir)).toBeLessThanOrEqual(15 * 1024 * 1024)
  })

  for (const slug of slugs) {
    describe(slug, () => {
      const text = readFileSync(join(samplesDir, slug, 'story.json'), 'utf8')
      const result = parseStoryFile(text)

      it('parses with 0 repairs and round-trips through serializeStoryFile', () => {
        if (!result.ok) throw new Error(result.error.message)
        expect(result.repairs).toEqual([])
        expect(JSON.parse(serializeStoryFile(result.story))).toEqual(JSON.parse(text))
        const again = parseStoryFile(serializeStoryFile(result.story))
        expect(again.ok && again.story).toEqual(result.story)
      })

      it('has every media file with the recorded bytes and sha-256', () => {
        if (!result.ok) throw new Error(result.error.message)
        const files = result.story.assets.flatMap((asset) => [asset, ...('derivatives' in asset ? asset.derivatives : [])])
        expect(files.length).toBeGreaterThan(0)
        for (const file of files) {
          const path = join(samplesDir, slug, file.path)
          expect(existsSync(path), `${slug}/${file.path} is missing`).toBe(true)
          const bytes = readFileSync(path)
          expect(bytes.length, `${slug}/${file.path} size`).toBe(file.bytes)
          expect(createHash('sha256').update(bytes).digest('hex'), `${slug}/${file.path} sha-256`).toBe(file.sha256)
        }
      })

      it('has the parts a workshop story has: ≥ 4 scenes, an ending, two languages, narration with captions, a soundscape', () => {
        if (!result.ok) throw new Error(result.error.message)
        const { story } = result
        expect(story.scenes.length).toBeGreaterThanOrEqual(4)
        expect(story.scenes.some((scene) => scene.ending)).toBe(true)
        expect(story.languages.length).toBeGreaterThanOrEqual(2)
        const narrated = story.scenes.filter((scene) => scene.narrations.some((n) => n.assetId && n.cues.length > 0))
        expect(narrated.length).toBeGreaterThanOrEqual(3)
        expect(story.scenes.some((scene) => scene.soundscape.beds.length > 0 && scene.soundscape.sounds.length > 0)).toBe(true)
        expect(story.variables.length).toBeGreaterThan(0)
        expect(story.assets.every((asset) => asset.credit)).toBe(true)
      })
    })
  }
})
