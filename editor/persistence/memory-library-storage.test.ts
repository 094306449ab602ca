import { parseStoryFile, serializeStoryFile } from '@story-schema'
import { describe, expect, test } from 'vitest'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { sha256Hex } from './sha256'
import { retitled, storeTestStory } from './testing/test-story'

const clock = (start = 1000) => {
  let t = start
  return { now: () => t, set: (value: number) => (t = value) }
}

/** The storage contract on the memory implementation (the same rules as IndexedDB). */
describe('memory library storage', () => {
  test('a new story saves at revision 1; each save adds one; loading goes through parseStoryFile', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    expect(await storage.saveStory(story, { baseRevision: 0 })).toMatchObject({ ok: true, revision: 1 })
    expect(await storage.saveStory(retitled(story, 'Two'), { baseRevision: 1 })).toMatchObject({ ok: true, revision: 2 })
    const loaded = await storage.loadStory(story.id)
    expect(loaded).toMatchObject({ ok: true, revision: 2 })
    expect(loaded.ok && loaded.story.title.en).toBe('Two')
    const raw = await storage.readRawStory(story.id)
    expect(raw && parseStoryFile(raw).ok).toBe(true)
  })

  test('A-F23/A-P6: a save from a stale revision is refused and nothing is overwritten', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0 })
    await storage.saveStory(retitled(story, 'Tab A'), { baseRevision: 1 })
    const stale = await storage.saveStory(retitled(story, 'Tab B'), { baseRevision: 1 })
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' })
    expect(await storage.saveStory(story, { baseRevision: 0 })).toMatchObject({ ok: false, reason: 'conflict' })
    const loaded = await storage.loadStory(story.id)
    expect(loaded.ok && loaded.story.title.en).toBe('Tab A')
  })

  test('A-F23: revisions, not clocks: a clock going backwards does not confuse the check', async () => {
    const time = clock(10_000)
    const storage = createMemoryLibraryStorage({ now: time.now })
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0 })
    time.set(5)
    expect(await storage.saveStory(retitled(story, 'Later'), { baseRevision: 1 })).toMatchObject({ ok: true, revision: 2, savedAt: 5 })
    expect(await storage.saveStory(retitled(story, 'Stale'), { baseRevision: 1 })).toMatchObject({ ok: false, reason: 'conflict' })
  })

  test('A-F9: a story whose media are not stored is refused', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    const other = createMemoryLibraryStorage()
    expect(await other.saveStory(story, { baseRevision: 0 })).toMatchObject({ ok: false, reason: 'missing-media' })
    expect(await other.listStories()).toEqual([])
  })

  test('media are addressed by sha-256 and stored once', async () => {
    const storage = createMemoryLibraryStorage()
    const bytes = new TextEncoder().encode('hello')
    const first = await storage.putMedia(bytes, 'image/png')
    const again = await storage.putMedia(bytes.buffer.slice(0), 'image/png')
    expect(first).toEqual({ ok: true, sha256: await sha256Hex(bytes), bytes: 5 })
    expect(again).toEqual(first)
    const blob = await storage.getMediaBlob(first.ok ? first.sha256 : '')
    expect(blob?.type).toBe('image/png')
    expect(await blob?.text()).toBe('hello')
  })

  test('A-F4: storage full → quota failure, the stored revision stays', async () => {
    const storage = createMemoryLibraryStorage({ quotaBytes: 6_000 })
    const story = await storeTestStory(storage)
    expect(await storage.saveStory(story, { baseRevision: 0 })).toMatchObject({ ok: true })
    const huge = { ...story, summary: { en: 'x'.repeat(5000) } }
    const full = await storage.saveStory({ ...huge, scenes: huge.scenes.map((s) => ({ ...s, description: { en: 'y'.repeat(4900) } })) }, { baseRevision: 1 })
    expect(full).toMatchObject({ ok: false, reason: 'quota', message: expect.stringContaining('storage is full') })
    expect(await storage.loadStory(story.id)).toMatchObject({ ok: true, revision: 1 })
  })

  test('A-F17/A-P9: Trash and restore keep the story; emptying the Trash deletes it and its unused media', async () => {
    const time = clock(0)
    const storage = createMemoryLibraryStorage({ now: time.now, mediaGraceMs: 100 })
    const keep = await storeTestStory(storage, { title: 'Keep' })
    const drop = await storeTestStory(storage, { title: 'Drop' })
    await storage.saveStory(keep, { baseRevision: 0 })
    await storage.saveStory(drop, { baseRevision: 0 })
    time.set(50)
    expect(await storage.trashStory(drop.id)).toEqual({ ok: true })
    expect((await storage.listStories()).find((s) => s.id === drop.id)).toMatchObject({ trashedAt: 50 })
    await storage.restoreStory(drop.id)
    expect((await storage.listStories()).find((s) => s.id === drop.id)).toMatchObject({ trashedAt: null, revision: 1 })
    await storage.trashStory(drop.id)
    time.set(500)
    await storage.emptyTrash()
    expect((await storage.listStories()).map((s) => s.id)).toEqual([keep.id])
    const dropPano = drop.assets[0]!.sha256
    expect(await storage.hasMedia(dropPano)).toBe(false)
    expect(await storage.hasMedia(keep.assets[0]!.sha256)).toBe(true)
  })

  test('A-F13: a broken record is listed as broken with its raw data; the others still load', async () => {
    const storage = createMemoryLibraryStorage({
      seed: {
        'story:junk': { id: 'story:junk', revision: 3, text: '{"format":"storysphere.story","schemaVersion":1,"story":{"title":{"en":"Old"}', updatedAt: 5, trashedAt: null },
        'story:not-a-record': 42,
      },
    })
    const good = await storeTestStory(storage)
    await storage.saveStory(good, { baseRevision: 0 })
    const list = await storage.listStories()
    expect(list.find((s) => s.id === 'story:junk')).toMatchObject({ kind: 'broken', title: 'Old' })
    expect(list.find((s) => s.id === 'story:not-a-record')).toMatchObject({ kind: 'broken', title: null })
    expect(list.find((s) => s.id === good.id)).toMatchObject({ kind: 'story', title: 'Test story' })
    expect(await storage.loadStory('story:junk')).toMatchObject({ ok: false, reason: 'broken' })
    expect(await storage.readRawStory('story:junk')).toContain('"Old"')
    expect(await storage.readRawStory('story:not-a-record')).toBe('42')
    expect(await storage.saveStory({ ...good, id: 'story:junk' as typeof good.id }, { baseRevision: 3 })).toMatchObject({ ok: true })
  })

  test('a record whose story has another id is broken, not silently renamed', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    const seeded = createMemoryLibraryStorage({ seed: { 'story:other': { revision: 1, text: serializeStoryFile(story) } } })
    expect(await seeded.loadStory('story:other')).toMatchObject({ ok: false, reason: 'broken' })
  })

  test('A-P2: saves count toward the backup reminder unless they say not to; a backup resets it', async () => {
    const storage = createMemoryLibraryStorage({ now: () => 7 })
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0, countsAsEdit: false })
    await storage.saveStory(story, { baseRevision: 1 })
    expect(await storage.getBackupState()).toEqual({ lastBackupAt: null, editsSinceBackup: 1, firstEditAt: 7 })
    await storage.noteBackupMade(9)
    expect(await storage.getBackupState()).toEqual({ lastBackupAt: 9, editsSinceBackup: 0, firstEditAt: null })
  })

  test('after close every write answers unavailable', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    storage.close()
    expect(await storage.saveStory(story, { baseRevision: 0 })).toMatchObject({ ok: false, reason: 'unavailable' })
  })
})

describe('never writing what cannot be read back', () => {
  test('A-P8: a story that would not load back (empty title) is refused as invalid', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0 })
    expect(await storage.saveStory(retitled(story, ''), { baseRevision: 1 })).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await storage.loadStory(story.id)).toMatchObject({ ok: true, revision: 1 })
  })
})
