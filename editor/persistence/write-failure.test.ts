import { describe, expect, test } from 'vitest'
import { strings } from '../ui/strings'
import { failureFromError } from './write-failure'

const domError = (name: string, message = name) => Object.assign(new Error(message), { name })

/** Mapping of failed IndexedDB writes to reasons the person can act on. */
describe('failureFromError', () => {
  test('QuotaExceededError → quota, with the plain message', () => {
    expect(failureFromError(domError('QuotaExceededError'))).toMatchObject({ ok: false, reason: 'quota', message: strings.notSavedQuota })
  })

  test('A-F5: an AbortError whose transaction error is QuotaExceededError is still quota', () => {
    const failure = failureFromError(domError('AbortError', 'Transaction aborted'), domError('QuotaExceededError'))
    expect(failure.reason).toBe('quota')
    expect(failure.detail).toContain('QuotaExceededError')
  })

  test("Firefox's quota name and a closed database", () => {
    expect(failureFromError(domError('NS_ERROR_DOM_QUOTA_REACHED')).reason).toBe('quota')
    expect(failureFromError(domError('InvalidStateError', 'The database connection is closing.')).reason).toBe('unavailable')
  })

  test('anything else is a generic error that is retried', () => {
    expect(failureFromError(domError('UnknownError')).reason).toBe('error')
    expect(failureFromError('weird').reason).toBe('error')
  })
})
