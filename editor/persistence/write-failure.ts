import { strings } from '../ui/strings'
import type { WriteFailure, WriteFailureReason } from './library-storage'

/** The message for a reason, in the interface language of the moment (C-26). */
const messageOf = (reason: WriteFailureReason): string =>
  ({
    quota: strings.notSavedQuota,
    conflict: strings.notSavedConflict,
    unavailable: strings.notSavedUnavailable,
    'missing-media': strings.notSavedMedia,
    invalid: strings.notSavedInvalid,
    'not-found': strings.storyNotFound,
    error: strings.notSavedError,
  })[reason]

/** A failed write with its plain-language message. */
export const writeFailure = (reason: WriteFailureReason, detail: string): WriteFailure => ({
  ok: false,
  reason,
  message: messageOf(reason),
  detail,
})

const nameOf = (error: unknown): string => (error && typeof error === 'object' && 'name' in error ? String(error.name) : '')
const textOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])
const closedNames = new Set(['InvalidStateError', 'TransactionInactiveError', 'VersionError'])

/**
 * Maps what a failed IndexedDB write threw to a reason. The transaction's own error is read first:
 * libraries and browsers can report a quota abort as a bare AbortError (A-F5, dexie/Dexie.js#514).
 */
export const failureFromError = (error: unknown, transactionError?: unknown): WriteFailure => {
  const names = [nameOf(transactionError), nameOf(error)]
  const detail = [transactionError, error].filter(Boolean).map(textOf).join(' / ')
  if (names.some((name) => quotaNames.has(name)) || /quota/i.test(detail)) return writeFailure('quota', detail)
  if (names.some((name) => closedNames.has(name))) return writeFailure('unavailable', detail)
  return writeFailure('error', detail || 'unknown error')
}
