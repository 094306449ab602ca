import { describe, expect, test } from 'vitest'
import { hasUnsavedEdits, initialSaveStatus, isRetryable, nextSaveStatus } from './save-status'

/** The honest save state (A-P1, A-P4). */
describe('save status model', () => {
  test('an edit makes a saved story pending; a save makes it saving, then saved', () => {
    let status = nextSaveStatus(initialSaveStatus, { type: 'edited' })
    expect(status).toEqual({ state: 'pending' })
    status = nextSaveStatus(status, { type: 'save-started' })
    expect(status).toEqual({ state: 'saving' })
    status = nextSaveStatus(status, { type: 'save-succeeded', savedAt: 5, dirty: false })
    expect(status).toEqual({ state: 'saved', savedAt: 5 })
    expect(hasUnsavedEdits(status)).toBe(false)
  })

  test('edits during a save leave it pending afterwards, never "saved"', () => {
    const status = nextSaveStatus({ state: 'saving' }, { type: 'save-succeeded', savedAt: 5, dirty: true })
    expect(status).toEqual({ state: 'pending' })
    expect(hasUnsavedEdits(status)).toBe(true)
  })

  test('A-P4: a failure stays visible through further edits and retries until a save succeeds', () => {
    let status = nextSaveStatus({ state: 'saving' }, { type: 'save-failed', reason: 'quota', message: 'full', at: 10 })
    expect(status).toMatchObject({ state: 'failed', reason: 'quota', since: 10 })
    status = nextSaveStatus(status, { type: 'edited' })
    status = nextSaveStatus(status, { type: 'save-started' })
    status = nextSaveStatus(status, { type: 'save-failed', reason: 'quota', message: 'full', at: 20 })
    expect(status).toMatchObject({ state: 'failed', since: 10 })
    expect(hasUnsavedEdits(status)).toBe(true)
    status = nextSaveStatus(status, { type: 'save-succeeded', savedAt: 30, dirty: false })
    expect(status).toEqual({ state: 'saved', savedAt: 30 })
  })

  test('storage full and glitches are retried; conflicts and missing media wait for the person', () => {
    expect(isRetryable('quota')).toBe(true)
    expect(isRetryable('error')).toBe(true)
    expect(isRetryable('conflict')).toBe(false)
    expect(isRetryable('missing-media')).toBe(false)
  })
})
