import { describe, expect, test, vi } from 'vitest'
import { createPersistenceTracker } from './storage-persistence'

/** A-P3 / A-F3: persistent storage is asked for after the first real save, and the answer is kept. */
describe('persistence tracker', () => {
  test('asks once, after the first real save, and reports the answer', async () => {
    const manager = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) }
    const tracker = createPersistenceTracker(manager)
    const heard: string[] = []
    tracker.subscribe((state) => heard.push(state))
    expect(await tracker.check()).toBe('unknown')
    expect(manager.persist).not.toHaveBeenCalled()
    expect(await tracker.noteRealSave()).toBe('persisted')
    await tracker.noteRealSave()
    expect(manager.persist).toHaveBeenCalledTimes(1)
    expect(heard).toEqual(['persisted'])
  })

  test('a refusal is "best-effort"; a browser without the API is "unsupported"', async () => {
    const tracker = createPersistenceTracker({ persisted: async () => false, persist: async () => false })
    expect(await tracker.noteRealSave()).toBe('best-effort')
    expect(createPersistenceTracker(null).getState()).toBe('unsupported')
  })

  test('a later visit after saves reports a "no" without asking again', async () => {
    const manager = { persisted: async () => false, persist: vi.fn(async () => true) }
    expect(await createPersistenceTracker(manager).check(true)).toBe('best-effort')
    expect(manager.persist).not.toHaveBeenCalled()
  })

  test('already persistent: check says so without asking', async () => {
    const manager = { persisted: async () => true, persist: vi.fn(async () => true) }
    expect(await createPersistenceTracker(manager).check()).toBe('persisted')
    expect(manager.persist).not.toHaveBeenCalled()
  })
})
