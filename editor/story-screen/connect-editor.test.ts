import type { Story } from '@story-schema'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createMemoryLibraryStorage } from '../persistence/memory-library-storage'
import { openStorySession } from '../persistence/story-session'
import { createFakeLocks } from '../persistence/testing/fake-locks'
import { storeTestStory } from '../persistence/testing/test-story'
import { setStoryTitle } from '../state'
import { connectEditor } from './connect-editor'

const settle = () => vi.advanceTimersByTimeAsync(0)
const retitle = (connected: ReturnType<typeof connectEditor>, title: string) =>
  connected.store.getState().editor!.getState().applyCommand(setStoryTitle, { title }, { label: 'Rename story' })

describe('connectEditor', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const setup = async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    await storage.saveStory(story, { baseRevision: 0 })
    const locks = createFakeLocks()
    const open = () => openStorySession({ storage, storyId: story.id, locks, lifecycle: null })
    return { storage, story, open }
  }
  const storedTitle = async (storage: ReturnType<typeof createMemoryLibraryStorage>, story: Story) => {
    const loaded = await storage.loadStory(story.id)
    return loaded.ok ? { title: loaded.story.title.en, revision: loaded.revision } : null
  }

  test('one editor store per story: its changes autosave, Undo saves too, and session changes never reset it', async () => {
    const { storage, story, open } = await setup()
    const session = open()
    const connected = connectEditor(session)
    expect(connected.store.getState().editor).toBeNull()
    await settle()
    const editor = connected.store.getState().editor!
    expect(editor.getState().doc).toBe(session.store.getState().doc)
    expect(retitle(connected, 'Amira’s street')).toEqual({ ok: true, changed: true })
    expect(session.store.getState().doc).toBe(editor.getState().doc)
    expect(connected.store.getState().editor).toBe(editor)
    expect(editor.getState().history.past).toHaveLength(1) // not reset by its own change coming back
    await vi.advanceTimersByTimeAsync(1000)
    expect(await storedTitle(storage, story)).toEqual({ title: 'Amira’s street', revision: 2 })
    editor.getState().undo()
    await vi.advanceTimersByTimeAsync(1000)
    expect(await storedTitle(storage, story)).toEqual({ title: 'Test story', revision: 3 })
    connected.dispose()
    retitle({ store: connected.store, dispose: () => undefined }, 'After leaving')
    expect(session.store.getState().doc?.title.en).toBe('Test story')
    await session.dispose()
  })

  test('a read-only tab follows the other tab’s saves, refuses edits, and takes over when it leaves', async () => {
    const { storage, story, open } = await setup()
    const first = open()
    const firstEditor = connectEditor(first)
    await settle()
    const second = open()
    const secondEditor = connectEditor(second)
    await settle()
    expect(second.store.getState().access).toBe('read-only')
    const reader = secondEditor.store.getState().editor!
    retitle(secondEditor, 'Not here')
    expect(reader.getState().doc.title.en).toBe('Test story') // put back: this tab may only look

    retitle(firstEditor, 'From the first tab')
    await vi.advanceTimersByTimeAsync(1000)
    await second.refresh() // the library channel asks for this after the first tab saved
    expect(reader.getState().doc.title.en).toBe('From the first tab')
    expect(secondEditor.store.getState().editor).toBe(reader)

    firstEditor.dispose()
    await first.dispose()
    await settle()
    expect(second.store.getState().access).toBe('editing')
    retitle(secondEditor, 'From the second tab')
    await vi.advanceTimersByTimeAsync(1000)
    expect(await storedTitle(storage, story)).toEqual({ title: 'From the second tab', revision: 3 })
    secondEditor.dispose()
    await second.dispose()
  })
})
