import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { openStorySession } from './story-session'
import { createFakeLocks } from './testing/fake-locks'
import { createFakeTakeOverHub } from './testing/fake-take-over'
import { retitled, storeTestStory } from './testing/test-story'

const settle = () => vi.advanceTimersByTimeAsync(0)

/** A-F10 "Edit here instead": the read-only tab takes the story over; the editing tab saves first. */
describe('take over editing from another tab', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const twoTabs = async (options: { answering?: boolean } = {}) => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0 })
    const locks = createFakeLocks()
    const hub = createFakeTakeOverHub()
    const a = openStorySession({ storage, storyId: story.id, locks, lifecycle: null, takeOverChannel: options.answering === false ? null : hub.open() })
    await settle()
    const b = openStorySession({ storage, storyId: story.id, locks, lifecycle: null, takeOverChannel: hub.open() })
    await settle()
    return { storage, story, a, b }
  }

  test('the editing tab saves its pending edit, then hands over and becomes read-only', async () => {
    const { storage, story, a, b } = await twoTabs()
    expect(b.store.getState()).toMatchObject({ access: 'read-only', movedAway: false })
    a.edit((doc) => retitled(doc, 'Typed in A just now'))
    expect(a.store.getState().status).toEqual({ state: 'pending' })
    b.takeOver()
    expect(b.store.getState().takeOver).toBe('asking')
    await settle()
    await settle()
    expect(a.store.getState()).toMatchObject({ access: 'read-only', movedAway: true })
    expect(b.store.getState()).toMatchObject({ access: 'editing', takeOver: 'idle' })
    expect(b.store.getState().doc?.title.en).toBe('Typed in A just now') // the edit was saved before the hand-over
    a.edit((doc) => retitled(doc, 'Refused in A'))
    expect(a.store.getState().doc?.title.en).toBe('Typed in A just now')
    b.edit((doc) => retitled(doc, 'From B'))
    await vi.advanceTimersByTimeAsync(1000)
    expect(await storage.loadStory(story.id)).toMatchObject({ ok: true, revision: 3 })
    await vi.advanceTimersByTimeAsync(0)
    await a.refresh()
    expect(a.store.getState().doc?.title.en).toBe('From B')
    // When B leaves, A (waiting in the queue again) edits again.
    await b.dispose()
    await settle()
    expect(a.store.getState()).toMatchObject({ access: 'editing', movedAway: false })
    await a.dispose()
  })

  test('a tab whose last save failed refuses, so nothing is lost', async () => {
    const { storage, a, b } = await twoTabs()
    const save = vi.spyOn(storage, 'saveStory').mockResolvedValue({ ok: false, reason: 'quota', message: 'Not saved: storage is full', detail: '' })
    a.edit((doc) => retitled(doc, 'Kept in A'))
    b.takeOver()
    await settle()
    await settle()
    expect(a.store.getState()).toMatchObject({ access: 'editing', movedAway: false })
    expect(b.store.getState()).toMatchObject({ access: 'read-only', takeOver: 'refused' })
    await vi.advanceTimersByTimeAsync(5000) // no steal after a refusal
    expect(b.store.getState().access).toBe('read-only')
    save.mockRestore()
    await a.dispose()
    await b.dispose()
  })

  test('a tab that does not answer loses the lock after the wait (Web Locks steal)', async () => {
    const { a, b } = await twoTabs({ answering: false })
    b.takeOver()
    await vi.advanceTimersByTimeAsync(2900)
    expect(b.store.getState().access).toBe('read-only')
    await vi.advanceTimersByTimeAsync(200)
    expect(b.store.getState()).toMatchObject({ access: 'editing', takeOver: 'idle' })
    expect(a.store.getState()).toMatchObject({ access: 'read-only', movedAway: true })
    await b.dispose()
    await settle()
    expect(a.store.getState().access).toBe('editing')
    await a.dispose()
  })
})
