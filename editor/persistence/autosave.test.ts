import type { Story } from '@story-schema'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { createAutosave } from './autosave'
import type { SaveOptions, SaveResult } from './library-storage'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { retitled, storeTestStory } from './testing/test-story'

/** A fake page: visibility and pagehide can be fired by the test. */
const fakePage = () => {
  const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState }
  doc.visibilityState = 'visible'
  const win = new EventTarget()
  return {
    lifecycle: { document: doc as unknown as Document, window: win as unknown as Window },
    hide: () => {
      doc.visibilityState = 'hidden'
      doc.dispatchEvent(new Event('visibilitychange'))
    },
    pagehide: () => win.dispatchEvent(new Event('pagehide')),
  }
}

/** A document store like the editor's: the story plus session-only fields. */
const setup = async (wrap?: (save: (s: Story, o: SaveOptions) => Promise<SaveResult>) => (s: Story, o: SaveOptions) => Promise<SaveResult>) => {
  const storage = createMemoryLibraryStorage()
  const story = await storeTestStory(storage)
  await storage.saveStory(story, { baseRevision: 0 })
  const saves: Story[] = []
  const save = (s: Story, o: SaveOptions) => {
    saves.push(s)
    return storage.saveStory(s, o)
  }
  const store = createStore(() => ({ doc: story, selection: 'none' }))
  const page = fakePage()
  const autosave = createAutosave({
    repository: { saveStory: wrap ? wrap(save) : save },
    storyId: story.id,
    revision: 1,
    getDoc: () => store.getState().doc,
    subscribe: (listener) => store.subscribe(listener),
    lifecycle: page.lifecycle,
    now: () => Date.now(),
  })
  const rename = (title: string) => store.setState({ doc: retitled(store.getState().doc, title) })
  return { storage, story, store, autosave, saves, page, rename }
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('saves once, 1 s after the last of several quick changes', async () => {
    const { autosave, saves, rename, storage, story } = await setup()
    rename('A')
    await vi.advanceTimersByTimeAsync(600)
    rename('AB')
    await vi.advanceTimersByTimeAsync(600)
    rename('ABC')
    expect(autosave.getStatus()).toEqual({ state: 'pending' })
    await vi.advanceTimersByTimeAsync(999)
    expect(saves).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(saves.map((s) => s.title.en)).toEqual(['ABC'])
    expect(autosave.getStatus()).toMatchObject({ state: 'saved' })
    expect(autosave.getRevision()).toBe(2)
    const loaded = await storage.loadStory(story.id)
    expect(loaded.ok && loaded.story.title.en).toBe('ABC')
  })

  test('while changes keep coming it still saves within 5 s', async () => {
    const { saves, rename } = await setup()
    for (let i = 0; i < 12; i++) {
      rename(`T${i}`)
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(saves.length).toBeGreaterThanOrEqual(1)
  })

  test('session-only changes (same doc reference) never save', async () => {
    const { store, saves, autosave } = await setup()
    store.setState({ selection: 'hotspot:door' })
    await vi.advanceTimersByTimeAsync(5000)
    expect(saves).toHaveLength(0)
    expect(autosave.getStatus()).toEqual({ state: 'saved', savedAt: null })
  })

  test('A-F19: saves at once when the page is hidden or left, without waiting (journal first)', async () => {
    const { saves, rename, page } = await setup()
    rename('Hidden')
    page.hide()
    await vi.advanceTimersByTimeAsync(0)
    expect(saves.map((s) => s.title.en)).toEqual(['Hidden'])
    rename('Gone')
    page.pagehide()
    await vi.advanceTimersByTimeAsync(0)
    expect(saves.map((s) => s.title.en)).toEqual(['Hidden', 'Gone'])
  })

  test('A-F19: pagehide also journals the document (no reads needed), with the revision a save in flight would make', async () => {
    const { story, page } = await setup()
    const drafts: { title: string; baseRevision: number; pendingRevision: number | null }[] = []
    let current = story
    createAutosave({
      repository: {
        saveStory: () => new Promise(() => undefined), // never finishes: the tab is closing
        saveDraftNow: (doc, revisions) => drafts.push({ title: doc.title.en ?? '', ...revisions }),
      },
      storyId: story.id,
      revision: 4,
      getDoc: () => current,
      subscribe: () => () => undefined,
      lifecycle: page.lifecycle,
    })
    page.pagehide()
    expect(drafts).toEqual([])
    current = retitled(current, 'Second')
    page.pagehide()
    expect(drafts).toEqual([{ title: 'Second', baseRevision: 4, pendingRevision: null }])
    await vi.advanceTimersByTimeAsync(0) // the save of 'Second' is now in the repository's hands
    current = retitled(current, 'Third')
    page.pagehide()
    expect(drafts.at(-1)).toEqual({ title: 'Third', baseRevision: 4, pendingRevision: 5 })
  })

  test('one save at a time; an edit during a save is saved right after, from the new revision', async () => {
    let release: () => void = () => undefined
    const { saves, rename, autosave } = await setup((save) => async (s, o) => {
      if (saves.length === 0) await new Promise<void>((resolve) => (release = resolve))
      return save(s, o)
    })
    rename('First')
    await vi.advanceTimersByTimeAsync(1000)
    expect(autosave.getStatus()).toEqual({ state: 'saving' })
    rename('Second')
    await vi.advanceTimersByTimeAsync(1000)
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(saves.map((s) => s.title.en)).toEqual(['First', 'Second'])
    expect(autosave.getRevision()).toBe(3)
    expect(autosave.getStatus()).toMatchObject({ state: 'saved' })
  })

  test('A-P4: a failed save keeps the edit, says why and tries again by itself', async () => {
    let full = true
    const { saves, rename, autosave, store } = await setup((save) => async (s, o) =>
      full ? { ok: false, reason: 'quota', message: 'Not saved: storage is full', detail: 'test' } : save(s, o),
    )
    rename('Big')
    await vi.advanceTimersByTimeAsync(1000)
    expect(autosave.getStatus()).toMatchObject({ state: 'failed', reason: 'quota' })
    expect(store.getState().doc.title.en).toBe('Big')
    full = false
    await vi.advanceTimersByTimeAsync(10_000)
    expect(autosave.getStatus()).toMatchObject({ state: 'saved' })
    expect(saves.at(-1)?.title.en).toBe('Big')
  })

  test('A-P6: a conflict is reported and not retried', async () => {
    const { rename, autosave, storage, story, saves } = await setup()
    await storage.saveStory(retitled(story, 'Elsewhere'), { baseRevision: 1 })
    rename('Mine')
    await vi.advanceTimersByTimeAsync(1000)
    expect(autosave.getStatus()).toMatchObject({ state: 'failed', reason: 'conflict' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(saves).toHaveLength(1)
  })

  test('dispose saves what is pending, then stops listening', async () => {
    const { rename, autosave, saves, page } = await setup()
    rename('Last')
    await autosave.dispose()
    expect(saves.map((s) => s.title.en)).toEqual(['Last'])
    rename('After')
    page.pagehide()
    await vi.advanceTimersByTimeAsync(5000)
    expect(saves).toHaveLength(1)
  })
})
