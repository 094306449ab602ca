import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { writeBackupZip } from '../persistence/backup-zip'
import { createMemoryLibraryStorage } from '../persistence/memory-library-storage'
import { storyMediaFiles } from '../persistence/story-media'
import { isPackageError } from './package-error'
import { readImportFile } from './read-import-file'
import { storeRealStory } from './testing/package-fixtures'
import { writeImportedBackup } from './write-imported-backup'

const noEstimate = async () => null

/** A library with two stories (one in the Trash) and its backup zip (persistence/backup-zip.ts). */
const libraryWithBackup = async () => {
  const storage = createMemoryLibraryStorage()
  const kept = await storeRealStory(storage, { title: 'Kept', id: 'story:kept', seed: 2 })
  const gone = await storeRealStory(storage, { title: 'Gone', id: 'story:gone', seed: 3 })
  await storage.saveStory(kept, { baseRevision: 0 })
  await storage.saveStory(gone, { baseRevision: 0 })
  await storage.trashStory(gone.id)
  const backup = await writeBackupZip(storage)
  return { storage, kept, gone, backup }
}

/** The whole-library backup is the second kind of file the importer takes (A-P2, A-F21). */
describe('restoring a library backup', () => {
  test('into an empty library: every story, the Trash, and the same media bytes', async () => {
    const { storage, kept, gone, backup } = await libraryWithBackup()
    const checked = await readImportFile(backup.blob)
    if (checked.kind !== 'backup') throw new Error('not read as a backup')
    const empty = createMemoryLibraryStorage()
    expect(await writeImportedBackup(empty, checked.backup, { estimate: noEstimate })).toEqual({ ok: true, added: 2, copies: 0, alreadyHere: 0, firstStoryId: kept.id })
    const listings = await empty.listStories()
    expect(listings.find((entry) => entry.id === gone.id)?.trashedAt).not.toBeNull()
    const loaded = await empty.loadStory(kept.id)
    expect(loaded.ok && loaded.story).toEqual(kept)
    for (const file of storyMediaFiles(kept)) {
      const [a, b] = await Promise.all([storage.getMediaBlob(file.sha256), empty.getMediaBlob(file.sha256)])
      expect(new Uint8Array(await b!.arrayBuffer())).toEqual(new Uint8Array(await a!.arrayBuffer()))
    }
  })

  test('into the same library: nothing is overwritten; changed stories come in as copies', async () => {
    const { storage, kept, backup } = await libraryWithBackup()
    const checked = await readImportFile(backup.blob)
    if (checked.kind !== 'backup') throw new Error('not read as a backup')
    expect(await writeImportedBackup(storage, checked.backup, { estimate: noEstimate })).toMatchObject({ ok: true, added: 0, alreadyHere: 2 })
    await storage.saveStory({ ...kept, title: { en: 'Kept, changed since' } }, { baseRevision: 1 })
    expect(await writeImportedBackup(storage, checked.backup, { estimate: noEstimate })).toMatchObject({ ok: true, added: 1, copies: 1, alreadyHere: 1 })
    const titles = (await storage.listStories()).map((entry) => entry.title).sort()
    expect(titles).toEqual(['Gone', 'Kept (copy)', 'Kept, changed since'])
  })

  test('a backup gets the same checks: an unsafe name or a changed media file is refused', async () => {
    const { backup } = await libraryWithBackup()
    const files = unzipSync(new Uint8Array(await backup.blob.arrayBuffer()))
    const escaping = zipSync({ ...files, 'stories/../../x.json': strToU8('{}') })
    await expect(readImportFile(new Blob([escaping]))).rejects.toMatchObject({ code: 'unsafe-names' })
    const mediaName = Object.keys(files).find((name) => name.startsWith('media/'))!
    const changed = zipSync({ ...files, [mediaName]: [strToU8('<svg onload="alert(1)"></svg>'), { level: 0 }] })
    const error = await readImportFile(new Blob([changed])).catch((caught: unknown) => caught)
    expect(isPackageError(error) && error.code).toBe('media-svg')
  })
})
