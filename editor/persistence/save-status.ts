import type { WriteFailureReason } from './library-storage'

/**
 * The honest save state of one open story (A-P1, A-P4). "saved" only after the transaction's
 * complete event; a failure stays visible until a later save succeeds, even while edits go on.
 */
export type SaveStatus =
  | { state: 'saved'; savedAt: number | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; reason: WriteFailureReason; message: string; since: number }

/** What happens to a story's saving. */
export type SaveEvent =
  | { type: 'edited' }
  | { type: 'save-started' }
  | { type: 'save-succeeded'; savedAt: number; dirty: boolean }
  | { type: 'save-failed'; reason: WriteFailureReason; message: string; at: number }

/** The state right after opening a story: nothing to save. */
export const initialSaveStatus: SaveStatus = { state: 'saved', savedAt: null }

/** The next status after an event (pure). */
export const nextSaveStatus = (status: SaveStatus, event: SaveEvent): SaveStatus => {
  switch (event.type) {
    case 'edited':
      return status.state === 'saved' ? { state: 'pending' } : status
    case 'save-started':
      return status.state === 'failed' ? status : { state: 'saving' }
    case 'save-succeeded':
      return event.dirty ? { state: 'pending' } : { state: 'saved', savedAt: event.savedAt }
    case 'save-failed':
      return {
        state: 'failed',
        reason: event.reason,
        message: event.message,
        since: status.state === 'failed' && status.reason === event.reason ? status.since : event.at,
      }
  }
}

/** True when the latest edits are not in storage yet. */
export const hasUnsavedEdits = (status: SaveStatus): boolean => status.state !== 'saved'

/** Failures that may pass by themselves (space freed, a glitch); the others need the person. */
export const isRetryable = (reason: WriteFailureReason): boolean => reason === 'quota' || reason === 'error'
