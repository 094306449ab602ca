import { describe, expect, it } from 'vitest'
import type { DwellState } from './gaze-dwell'
import { idleDwell, updateDwell } from './gaze-dwell'

const timing = { dwellMs: 800, graceMs: 150, cooldownMs: 500 }

/** Feeds (timeMs, hit) samples and returns what was selected when. */
const run = (samples: [number, string | null][], start: DwellState = idleDwell) => {
  let state = start
  const selected: [number, string][] = []
  let progress = 0
  for (const [t, hit] of samples) {
    const update = updateDwell(state, t, hit, timing)
    state = update.state
    progress = update.progress
    if (update.selected) selected.push([t, update.selected])
  }
  return { selected, progress, state }
}

const every = (fromMs: number, toMs: number, stepMs: number, hit: string | null): [number, string | null][] => {
  const out: [number, string | null][] = []
  for (let t = fromMs; t <= toMs; t += stepMs) out.push([t, hit])
  return out
}

describe('gaze dwell (C-4, C-5)', () => {
  it('selects after the dwell time and not before', () => {
    expect(run(every(0, 790, 10, 'a')).selected).toEqual([])
    expect(run(every(0, 800, 10, 'a')).selected).toEqual([[800, 'a']])
  })

  it('reports progress while dwelling', () => {
    expect(run(every(0, 400, 10, 'a')).progress).toBeCloseTo(0.5)
  })

  it('keeps counting through a glance away shorter than 150 ms', () => {
    const samples = [...every(0, 500, 10, 'a'), ...every(510, 600, 10, null), ...every(610, 800, 10, 'a')]
    expect(run(samples).selected).toEqual([[800, 'a']])
  })

  it('starts again after looking away for longer', () => {
    const samples = [...every(0, 500, 10, 'a'), ...every(510, 700, 10, null), ...every(710, 1400, 10, 'a')]
    expect(run(samples).selected).toEqual([])
  })

  it('does not repeat while the gaze rests on the selected target', () => {
    expect(run(every(0, 5000, 10, 'a')).selected).toEqual([[800, 'a']])
  })

  it('waits 0.5 s after a selection before counting again', () => {
    const samples = [...every(0, 800, 10, 'a'), ...every(810, 2500, 10, 'b')]
    // b is seen from 810 but the cool-down runs to 1300; 800 ms after that is 2100.
    expect(run(samples).selected).toEqual([[800, 'a'], [2100, 'b']])
  })

  it('never selects when nothing is hit', () => {
    expect(run(every(0, 3000, 10, null)).selected).toEqual([])
  })
})
