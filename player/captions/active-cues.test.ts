import { describe, expect, it } from 'vitest'
import type { CaptionCue } from '@story-schema'
import { activeCues } from './active-cues'

const cues = [
  { startMs: 0, endMs: 2000, text: 'one' },
  { startMs: 2000, endMs: 4000, text: 'two' },
  { startMs: 3000, endMs: 5000, speaker: 'Ali', text: 'over' },
  { startMs: 8000, endMs: 9000, text: 'late' },
] as CaptionCue[]

describe('activeCues', () => {
  it('shows a cue from its start up to (not including) its end', () => {
    expect(activeCues(cues, 0).map((c) => c.text)).toEqual(['one'])
    expect(activeCues(cues, 1999).map((c) => c.text)).toEqual(['one'])
    expect(activeCues(cues, 2000).map((c) => c.text)).toEqual(['two'])
    expect(activeCues(cues, 3500).map((c) => c.text)).toEqual(['two', 'over'])
    expect(activeCues(cues, 6000)).toEqual([])
    expect(activeCues(cues, 9000)).toEqual([])
    expect(activeCues([], 10)).toEqual([])
  })
})
