import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { storiesOpenElsewhere, withStoryLock } from './story-lock'
import { openStorySession } from './story-session'
import { createFakeLocks } from './testing/fake-locks'
import { retitled, storeTestStory } from './testing/test-story'

const settle = () => vi.advanceTimersByTimeAsync(0)

/** A-F10: one editor per story across tabs; the other tab is read-only until the first one leaves. */
describe('story session', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('the first tab edits and autosaves; the second is read-only, then takes over with the saved edit', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0 })
    const locks = createFakeLocks()
    const a = openStorySession({ storage, storyId: story.id, locks, lifecycle: null })
    await settle()
    expect(a.store.getState()).toMatchObject({ phase: 'ready', access: 'editing' })
    expect(await storiesOpenElsewhere(locks)).toEqual(new Set([story.id]))

    const b = openStorySession({ storage, storyId: story.id, locks, lifecycle: null })
    await settle()
    expect(b.store.getState()).toMatchObject({ phase: 'ready', access: 'read-only' })
    b.edit((doc) => retitled(doc, 'Not allowed'))
    expect(b.store.getState().doc?.title.en).toBe('Test story')
    expect(await withStoryLock(story.id, async () => 'ran', locks)).toBe('elsewhere')

    a.edit((doc) => retitled(doc, 'From A'))
    expect(a.store.getState().status).toEqual({ state: 'pending' })
    await a.dispose() // flushes, then lets go of the lock
    await settle()
    expect(b.store.getState()).toMatchObject({ access: 'editing' })
    expect(b.store.getState().doc?.title.en).toBe('From A')
    b.edit((doc) => retitled(doc, 'From B'))
    await vi.advanceTimersByTimeAsync(1000)
    expect(b.store.getState().status).toMatchObject({ state: 'saved' })
    const stored = await storage.loadStory(story.id)
    expect(stored).toMatchObject({ ok: true, revision: 3 })
    await b.dispose()
  })

  test('a missing story and a broken one are reported, never edited', async () => {
    const storage = createMemoryLibraryStorage({ seed: { 'story:bad': { revision: 1, text: 'nope' } } })
    const missing = openStorySession({ storage, storyId: 'story:none', locks: createFakeLocks(), lifecycle: null })
    const broken = openStorySession({ storage, storyId: 'story:bad', locks: createFakeLocks(), lifecycle: null })
    await settle()
    expect(missing.store.getState().phase).toBe('not-found')
    expect(broken.store.getState()).toMatchObject({ phase: 'broken', broken: { kind: 'broken', id: 'story:bad' } })
  })

  test('without Web Locks every tab edits; the revision check still protects the data', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0 })
    const a = openStorySession({ storage, storyId: story.id, locks: null, lifecycle: null })
    const b = openStorySession({ storage, storyId: story.id, locks: null, lifecycle: null })
    await settle()
    a.edit((doc) => retitled(doc, 'A'))
    b.edit((doc) => retitled(doc, 'B'))
    await a.flush()
    await b.flush()
    expect(a.store.getState().status).toMatchObject({ state: 'saved' })
    expect(b.store.getState().status).toMatchObject({ state: 'failed', reason: 'conflict' })
  })
})
