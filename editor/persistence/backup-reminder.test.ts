import { describe, expect, test } from 'vitest'
import { backupReminder, stricterBackupRule } from './backup-reminder'
import { backupMade, countEdit, initialBackupState } from './backup-state'

const day = 24 * 60 * 60 * 1000

/** A-P2: a reminder after 7 days without a backup or after 30 edits. */
describe('backup reminder rule', () => {
  test('no edits since the last backup: no reminder, however old the backup', () => {
    expect(backupReminder(backupMade(0), 100 * day)).toBeNull()
    expect(backupReminder(initialBackupState, 100 * day)).toBeNull()
  })

  test('30 edits since the last backup', () => {
    let state = backupMade(0)
    for (let i = 0; i < 29; i++) state = countEdit(state, i)
    expect(backupReminder(state, day)).toBeNull()
    state = countEdit(state, 30)
    expect(backupReminder(state, day)).toEqual({ reason: 'edits', edits: 30 })
  })

  test('7 days since the last backup, with edits', () => {
    const state = countEdit(backupMade(0), 1)
    expect(backupReminder(state, 7 * day - 1)).toBeNull()
    expect(backupReminder(state, 7 * day)).toEqual({ reason: 'days', days: 7, never: false })
  })

  test('never backed up: days count from the first edit', () => {
    const state = countEdit(countEdit(initialBackupState, 2 * day), 3 * day)
    expect(state.firstEditAt).toBe(2 * day)
    expect(backupReminder(state, 8 * day)).toBeNull()
    expect(backupReminder(state, 9 * day)).toEqual({ reason: 'days', days: 7, never: true })
  })

  test('A-F23: a clock that went backwards counts as no time passed', () => {
    expect(backupReminder(countEdit(backupMade(10 * day), 10 * day), 0)).toBeNull()
  })

  test('A-P3: the stricter rule for browsers that did not promise to keep the data', () => {
    const state = countEdit(backupMade(0), 1)
    expect(backupReminder(state, 3 * day, stricterBackupRule)).toEqual({ reason: 'days', days: 3, never: false })
  })

  test('a backup resets the counters', () => {
    expect(backupMade(42)).toEqual({ lastBackupAt: 42, editsSinceBackup: 0, firstEditAt: null })
  })
})
