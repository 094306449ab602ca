import { describe, expect, it } from 'vitest'
import { clockText, keptMs, trimFrames, trimProblem, wholeClip } from './trim'

describe('trim math', () => {
  it('accepts a range inside the clip and refuses the rest, each with its reason', () => {
    expect(trimProblem(wholeClip(3000.4), 3000.4)).toBeNull()
    expect(trimProblem({ startMs: 500, endMs: 2500 }, 3000)).toBeNull()
    expect(trimProblem({ startMs: -1, endMs: 2500 }, 3000)).toBe('start-negative')
    expect(trimProblem({ startMs: 0, endMs: 3001 }, 3000)).toBe('end-beyond')
    expect(trimProblem({ startMs: 2000, endMs: 2000 }, 3000)).toBe('end-before-start')
    expect(trimProblem({ startMs: 2000, endMs: 2199 }, 3000)).toBe('too-short')
    expect(trimProblem({ startMs: 2000, endMs: 2200 }, 3000)).toBeNull()
    expect(trimProblem({ startMs: Number.NaN, endMs: 2200 }, 3000)).toBe('not-a-number')
  })

  it('turns milliseconds into sample frames, rounded and kept inside the clip', () => {
    expect(trimFrames({ startMs: 500, endMs: 1500 }, 22_050, 66_150)).toEqual({ startFrame: 11_025, endFrame: 33_075 })
    expect(trimFrames({ startMs: 0, endMs: 9999 }, 48_000, 1000)).toEqual({ startFrame: 0, endFrame: 1000 })
    expect(trimFrames({ startMs: 10, endMs: 5 }, 1000, 100)).toEqual({ startFrame: 10, endFrame: 10 })
    expect(keptMs({ startMs: 250, endMs: 1750.4 })).toBe(1500)
  })

  it('writes times for people', () => {
    expect([clockText(0), clockText(3240), clockText(65_000), clockText(720_000)]).toEqual(['0:00.0', '0:03.2', '1:05.0', '12:00.0'])
  })
})
