import { describe, expect, it } from 'vitest'
import { levelPercent, microphoneProblem } from './microphone-error'
import { recorderStrings } from './strings'

describe('microphone problems and level', () => {
  it('names what went wrong in plain words, by the browser error', () => {
    const named = (name: string) => microphoneProblem(new DOMException('x', name))
    expect(named('NotAllowedError')).toBe('denied')
    expect(named('NotFoundError')).toBe('no-microphone')
    expect(named('NotReadableError')).toBe('busy')
    expect(named('TypeError')).toBe('failed')
    expect(microphoneProblem('weird')).toBe('failed')
    expect(recorderStrings.errors.denied).toMatch(/^The microphone is blocked/)
  })

  it('maps RMS to a 60 dB scale, and says the level in words', () => {
    expect([levelPercent(0), levelPercent(0.001), levelPercent(0.0316), levelPercent(1), levelPercent(2)]).toEqual([0, 0, 50, 100, 100]) // −30 dBFS is half way
    expect([0, 10, 50, 90].map(recorderStrings.levelText)).toEqual(['silent', 'quiet (10%)', 'good (50%)', 'very loud (90%)'])
  })
})
