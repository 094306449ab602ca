import { parseStoryFile } from '@story-schema'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { backupFolder, writeBackupZip } from './backup-zip'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { retitled, storeTestStory } from './testing/test-story'

/** A-P2: one zip with every story, its media, the Trash and the raw data of broken records. */
describe('backup zip', () => {
  test('holds stories, trash, broken raw data, media by sha-256 and a manifest', async () => {
    const storage = createMemoryLibraryStorage({ seed: { 'story:junk': { revision: 1, text: '{"broken": true' } } })
    const kept = await storeTestStory(storage, { title: 'Kept' })
    const gone = await storeTestStory(storage, { title: 'Gone' })
    await storage.saveStory(kept, { baseRevision: 0 })
    await storage.saveStory(gone, { baseRevision: 0 })
    await storage.trashStory(gone.id)

    const unsaved = retitled(kept, 'Kept, edited but not saved')
    const backup = await writeBackupZip(storage, { unsaved: [unsaved], now: new Date('2025-03-04T10:00:00Z') })
    expect(backup.fileName).toBe('storysphere-backup-2025-03-04.zip')
    const files = unzipSync(new Uint8Array(await backup.blob.arrayBuffer()))
    const names = Object.keys(files).sort()
    const keptPath = `stories/${backupFolder(kept.id)}/story.json`
    expect(names).toContain(keptPath)
    expect(names).toContain(`trash/${backupFolder(gone.id)}/story.json`)
    expect(names).toContain('broken/junk.txt')
    expect(names.filter((name) => name.startsWith('media/'))).toHaveLength(4)
    const keptFile = parseStoryFile(files[keptPath]!)
    expect(keptFile.ok && keptFile.story.title.en).toBe('Kept, edited but not saved')
    const sha = kept.assets[0]!.sha256
    expect(strFromU8(files[`media/${sha}.jpg`]!)).toBe('panorama of Kept')
    const manifest = JSON.parse(strFromU8(files['backup.json']!))
    expect(manifest).toMatchObject({ format: 'storysphere.backup', version: 1, missingMedia: [] })
    expect(manifest.stories).toHaveLength(2)
    expect(strFromU8(files['broken/junk.txt']!)).toBe('{"broken": true')
    expect(backup).toMatchObject({ stories: 2, media: 4 })
    // The stored story was not changed by the backup.
    const stored = await storage.loadStory(kept.id)
    expect(stored.ok && stored.story.title.en).toBe('Kept')
  })

  test('folder names never carry the colon of the id', () => {
    expect(backupFolder('story:my-street')).toBe('my-street')
  })
})
