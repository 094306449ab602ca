import { setUiLocale } from '@i18n'
import { afterEach, describe, expect, test } from 'vitest'
import { describeTime } from './describe-time'

describe('describeTime', () => {
  afterEach(() => setUiLocale('en'))
  const now = Date.UTC(2025, 2, 10, 12)
  test('plain words for recent times, a date for older ones', () => {
    expect(describeTime(now - 5_000, now)).toBe('just now')
    expect(describeTime(now - 5 * 60_000, now)).toBe('5 minutes ago')
    expect(describeTime(now - 26 * 3_600_000, now)).toBe('yesterday')
    expect(describeTime(Date.UTC(2025, 0, 2, 12), now)).toBe('on 2 January 2025')
    expect(describeTime(null, now)).toBe('never')
  })
  test('C-26: in the interface language', () => {
    setUiLocale('nb')
    expect(describeTime(now - 5_000, now)).toBe('akkurat nå')
    expect(describeTime(now - 5 * 60_000, now)).toBe('for 5 minutter siden')
    expect(describeTime(Date.UTC(2025, 0, 2, 12), now)).toBe('den 2. januar 2025')
  })
  test('A-F23: a time in the future (wrong clock) reads "just now"', () => {
    expect(describeTime(now + 3_600_000, now)).toBe('just now')
  })
})
