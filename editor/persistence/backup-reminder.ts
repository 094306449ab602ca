import type { BackupState } from './library-storage'

/** Why the library asks for a backup now (A-P2). */
export type BackupReminder = { reason: 'edits'; edits: number } | { reason: 'days'; days: number; never: boolean }

/** The rule's limits. Use `stricterBackupRule` when the browser did not promise to keep the data (A-P3). */
export type BackupRule = { maxEdits: number; maxDays: number }
/** 30 saved edits or 7 days (the rule). */
export const defaultBackupRule: BackupRule = { maxEdits: 30, maxDays: 7 }
/** 15 edits or 3 days, when the browser may clear the data. */
export const stricterBackupRule: BackupRule = { maxEdits: 15, maxDays: 3 }

const dayMs = 24 * 60 * 60 * 1000

/**
 * A reminder when there are saved edits not in any backup and either `maxEdits` of them, or
 * `maxDays` since the last backup (or since the first edit, when there never was one). A clock that
 * went backwards counts as no time passed (A-F23).
 */
export const backupReminder = (state: BackupState, now: number, rule: BackupRule = defaultBackupRule): BackupReminder | null => {
  if (state.editsSinceBackup <= 0) return null
  if (state.editsSinceBackup >= rule.maxEdits) return { reason: 'edits', edits: state.editsSinceBackup }
  const since = state.lastBackupAt ?? state.firstEditAt
  if (since === null) return null
  const days = Math.floor(Math.max(0, now - since) / dayMs)
  return days >= rule.maxDays ? { reason: 'days', days, never: state.lastBackupAt === null } : null
}
