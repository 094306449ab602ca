import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatVttTimestamp, parseVttTimestamp } from './vtt-timestamp'

describe('WebVTT timestamps', () => {
  it('reads mm:ss.ttt and hh:mm:ss.ttt and refuses anything else', () => {
    expect(parseVttTimestamp('01:02.003')).toBe(62_003)
    expect(parseVttTimestamp('01:02:03.004')).toBe(3_723_004)
    for (const bad of ['1:02.003', '01:02', '01:60.000', '60:00.000.1', '01:02,003', ' 01:02.003', '-01:02.003']) {
      expect(parseVttTimestamp(bad)).toBeUndefined()
    }
  })

  it('writes hh:mm:ss.ttt that reads back to the same time', () => {
    expect(formatVttTimestamp(3_723_004)).toBe('01:02:03.004')
    fc.assert(fc.property(fc.integer({ min: 0, max: 99 * 3_600_000 }), (ms) => {
      expect(parseVttTimestamp(formatVttTimestamp(ms))).toBe(ms)
    }))
  })
})
