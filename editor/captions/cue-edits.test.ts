import { describe, expect, it } from 'vitest'
import { newCueAfter, parseSecondsText, replaceCue, secondsText, splitCue, vttFileName } from './cue-edits'
import { waveformPeaks } from './waveform-peaks'

describe('caption editor helpers', () => {
  it('shows and reads seconds', () => {
    expect(secondsText(2500)).toBe('2.5')
    expect(secondsText(0)).toBe('0')
    expect(secondsText(12_345)).toBe('12.345')
    expect(parseSecondsText('2,5')).toBe(2500)
    expect(parseSecondsText(' 1:02.5 ')).toBe(62_500)
    expect(parseSecondsText('12.3456')).toBeUndefined()
    expect(parseSecondsText('-1')).toBeUndefined()
    expect(parseSecondsText('soon')).toBeUndefined()
  })

  it('adds a 2 s cue after the last, inside the sound', () => {
    expect(newCueAfter([], 'x')).toEqual({ startMs: 0, endMs: 2000, text: 'x' })
    expect(newCueAfter([{ startMs: 0, endMs: 3000, text: 'a' }], 'x', 4000)).toEqual({ startMs: 3000, endMs: 4000, text: 'x' })
    expect(newCueAfter([{ startMs: 0, endMs: 4000, text: 'a' }], 'x', 4000)).toEqual({ startMs: 4000, endMs: 6000, text: 'x' })
  })

  it('splits a cue in time and words', () => {
    expect(splitCue({ startMs: 1000, endMs: 3000, speaker: 'Ada', text: 'one two three' })).toEqual([
      { startMs: 1000, endMs: 2000, speaker: 'Ada', text: 'one two' },
      { startMs: 2000, endMs: 3000, speaker: 'Ada', text: 'three' },
    ])
    expect(splitCue({ startMs: 0, endMs: 10, text: 'Hi' })?.map((cue) => cue.text)).toEqual(['Hi', 'Hi'])
    expect(splitCue({ startMs: 0, endMs: 1, text: 'Hi' })).toBeUndefined()
    expect(replaceCue([{ startMs: 0, endMs: 1, text: 'a' }, { startMs: 1, endMs: 2, text: 'b' }], 0)).toEqual([{ startMs: 1, endMs: 2, text: 'b' }])
  })

  it('names the exported file', () => {
    expect(vttFileName('Harbour at Dawn!', 'ml')).toBe('harbour-at-dawn-ml.vtt')
    expect(vttFileName('തുറമുഖം', 'ml')).toBe('captions-ml.vtt')
  })

  it('finds the loudest sample per slice', () => {
    expect(waveformPeaks([0, 0.5, -0.9, 0.1, 0.2, -0.3], 3)).toEqual([0.5, 0.9, 0.3])
    expect(waveformPeaks([1, 2], 4)).toEqual([1, 1, 1, 1])
    expect(waveformPeaks([], 2)).toEqual([0, 0])
  })
})
