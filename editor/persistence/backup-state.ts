import type { BackupState } from './library-storage'

/** The state before any save or backup. */
export const initialBackupState: BackupState = { lastBackupAt: null, editsSinceBackup: 0, firstEditAt: null }

/** Reads a stored backup state defensively (a damaged value counts as "no backup yet"). */
export const readBackupState = (value: unknown): BackupState => {
  if (!value || typeof value !== 'object') return initialBackupState
  const v = value as Record<string, unknown>
  const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null)
  return { lastBackupAt: num(v.lastBackupAt), editsSinceBackup: num(v.editsSinceBackup) ?? 0, firstEditAt: num(v.firstEditAt) }
}

/** One more saved edit since the last backup. */
export const countEdit = (state: BackupState, now: number): BackupState => ({
  ...state,
  editsSinceBackup: state.editsSinceBackup + 1,
  firstEditAt: state.firstEditAt ?? now,
})

/** A backup was downloaded at `now`: the counters start again. */
export const backupMade = (now: number): BackupState => ({ lastBackupAt: now, editsSinceBackup: 0, firstEditAt: null })
