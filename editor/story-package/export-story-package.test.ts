import { describe, expect, test } from 'vitest'
import { createMemoryLibraryStorage } from '../persistence/memory-library-storage'
import { sha256Hex } from '../persistence/sha256'
import { storyMediaFiles } from '../persistence/story-media'
import { ExportMissingMediaError, exportStoryPackage, storyPackageFileName } from './export-story-package'
import { entryDataRange, readZipEntry } from './read-zip-entry'
import { storeRealStory } from './testing/package-fixtures'
import { readZipDirectory } from './zip-directory'

describe('exporting a story package', () => {
  test('story.json and manifest.json deflated, media stored as they are, a sha-256 for every file', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeRealStory(storage, { title: 'Our street' })
    const file = await exportStoryPackage(storage, story, { now: new Date('2026-01-02T03:04:05Z') })
    expect(file.fileName).toBe('Our street.story')
    const { entries, directoryOffset } = await readZipDirectory(file.blob)
    const methods = Object.fromEntries(entries.map((entry) => [entry.name, entry.method]))
    const media = storyMediaFiles(story)
    expect(methods).toEqual({ 'story.json': 8, 'manifest.json': 8, ...Object.fromEntries(media.map((m) => [m.path, 0])) })
    const read = async (name: string) => {
      const entry = entries.find((candidate) => candidate.name === name)!
      return readZipEntry(file.blob, entry, await entryDataRange(file.blob, entry, directoryOffset), { maxBytes: 1e7 })
    }
    const manifest = JSON.parse(new TextDecoder().decode(await read('manifest.json')))
    const storyBytes = await read('story.json')
    expect(manifest).toEqual({
      format: 'storysphere.package',
      version: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
      storyId: story.id,
      files: [{ path: 'story.json', bytes: storyBytes.length, sha256: await sha256Hex(storyBytes) }, ...media.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 }))],
    })
  })

  test('refuses when a media file is not in this browser (the package would not import)', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeRealStory(storage)
    const empty = createMemoryLibraryStorage()
    await expect(exportStoryPackage(empty, story)).rejects.toBeInstanceOf(ExportMissingMediaError)
  })

  test.each([
    ['My street', 'My street.story'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.story'],
    ['..hidden', 'hidden.story'],
    ['\u202eevil', 'evil.story'],
    ['   ', 'story.story'],
    ['Ünïcødé 日本', 'Ünïcødé 日本.story'],
  ])('file name for %j is %j', (title, fileName) => {
    expect(storyPackageFileName(title)).toBe(fileName)
  })
})
