import { parseStoryFile, serializeStoryFile } from '@story-schema'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createMemoryLibraryStorage } from '../persistence/memory-library-storage'
import { storyMediaFiles } from '../persistence/story-media'
import { exportStoryPackage } from './export-story-package'
import { readStoryPackage } from './read-story-package'
import { storeRealStory } from './testing/package-fixtures'
import { writeImportedStory } from './write-imported-story'

const bytesOf = async (blob: Blob | null): Promise<number[]> => [...new Uint8Array(await blob!.arrayBuffer())]

const titleArb = fc
  .string({ minLength: 1, maxLength: 60, unit: fc.constantFrom(...'abcdeéñøßüç ĀΩЖא日本 -,.!?0123456789'.split('')) })
  .map((title) => title.replace(/\s+/g, ' ').trim())
  .filter((title) => title.length > 0)

describe('export → import (property)', () => {
  test('any story exported and imported into an empty library is the same story with the same media bytes', async () => {
    await fc.assert(
      fc.asyncProperty(titleArb, fc.integer({ min: 1, max: 400 }), async (title, seed) => {
        const from = createMemoryLibraryStorage()
        const story = await storeRealStory(from, { title, seed })
        const exported = await exportStoryPackage(from, story)
        const read = await readStoryPackage(exported.blob)
        const to = createMemoryLibraryStorage()
        const written = await writeImportedStory(to, read, null, { estimate: async () => null })
        expect(written).toMatchObject({ ok: true, storyId: story.id })
        const loaded = await to.loadStory(story.id)
        if (!loaded.ok) throw new Error(loaded.reason)
        const original = parseStoryFile(serializeStoryFile(story))
        expect(original.ok && loaded.story).toEqual(original.ok && original.story)
        for (const file of storyMediaFiles(story)) expect(await bytesOf(await to.getMediaBlob(file.sha256))).toEqual(await bytesOf(await from.getMediaBlob(file.sha256)))
      }),
      { numRuns: 25 },
    )
  }, 60_000)
})
