import { describe, expect, test } from 'vitest'
import { createMemoryLibraryStorage } from '../persistence/memory-library-storage'
import type { LibraryStorage } from '../persistence/library-storage'
import { exportStoryPackage } from './export-story-package'
import { readStoryPackage } from './read-story-package'
import { packageMessage } from './strings'
import { isPackageError } from './package-error'
import { storeRealStory } from './testing/package-fixtures'
import { writeImportedStory } from './write-imported-story'

const noEstimate = async () => null

/** A package of a story made in another library, with the same id as `id` when given. */
const packageFrom = async (title: string, id?: string, seed = 7) => {
  const other = createMemoryLibraryStorage()
  const story = await storeRealStory(other, { title, id, seed })
  return readStoryPackage((await exportStoryPackage(other, story)).blob)
}

const snapshot = async (storage: LibraryStorage) => {
  const listings = await storage.listStories()
  return Promise.all(listings.map(async (entry) => ({ entry, raw: await storage.readRawStory(entry.id) })))
}

describe('writing an imported story (B-40, A-F6, A-F21)', () => {
  test('a new id is kept', async () => {
    const storage = createMemoryLibraryStorage()
    const read = await packageFrom('Harbour', 'story:harbour-x')
    const result = await writeImportedStory(storage, read, null, { estimate: noEstimate })
    expect(result).toEqual({ ok: true, storyId: 'story:harbour-x', replacedCopyId: null })
  })

  test('keep both: the import becomes a copy with a new id; the library story is untouched', async () => {
    const storage = createMemoryLibraryStorage()
    const mine = await storeRealStory(storage, { title: 'Mine', id: 'story:same' })
    await storage.saveStory(mine, { baseRevision: 0 })
    const before = await storage.readRawStory('story:same')
    const result = await writeImportedStory(storage, await packageFrom('Theirs', 'story:same'), 'keep-both', { estimate: noEstimate })
    if (!result.ok) throw new Error(result.message)
    expect(result.storyId).not.toBe('story:same')
    const copy = await storage.loadStory(result.storyId)
    expect(copy.ok && copy.story.title.en).toBe('Theirs (copy)')
    expect(await storage.readRawStory('story:same')).toBe(before)
  })

  test('replace: the import takes the id and the old version waits in the Trash', async () => {
    const storage = createMemoryLibraryStorage()
    const mine = await storeRealStory(storage, { title: 'Mine', id: 'story:same' })
    await storage.saveStory(mine, { baseRevision: 0 })
    const result = await writeImportedStory(storage, await packageFrom('Theirs', 'story:same'), 'replace', { estimate: noEstimate })
    if (!result.ok) throw new Error(result.message)
    const now = await storage.loadStory('story:same')
    expect(now.ok && now.story.title.en).toBe('Theirs')
    const listings = await storage.listStories()
    const old = listings.find((entry) => entry.id === result.replacedCopyId)
    expect(old).toMatchObject({ kind: 'story', title: 'Mine' })
    expect(old?.trashedAt).not.toBeNull()
    expect(listings.find((entry) => entry.id === 'story:same')?.trashedAt).toBeNull()
  })

  test('A-F6: too little space refuses before any write, and says so', async () => {
    const storage = createMemoryLibraryStorage()
    const mine = await storeRealStory(storage, { title: 'Mine' })
    await storage.saveStory(mine, { baseRevision: 0 })
    const before = await snapshot(storage)
    const read = await packageFrom('Big one')
    const mediaBefore = await Promise.all(read.media.map((file) => storage.hasMedia(file.sha256)))
    const writing = writeImportedStory(storage, read, null, { estimate: async () => ({ usage: 1000, quota: 1010 }) })
    const error = await writing.catch((caught: unknown) => caught)
    expect(isPackageError(error) && packageMessage(error)).toMatch(/not enough space in this browser/)
    expect(await snapshot(storage)).toEqual(before)
    expect(await Promise.all(read.media.map((file) => storage.hasMedia(file.sha256)))).toEqual(mediaBefore)
  })
})
