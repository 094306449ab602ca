import { describe, expect, it } from 'vitest'
import { cueProblems } from './cue-problems'

/** The caption editor's checks on cues (C-10). */
describe('cueProblems', () => {
  it('finds nothing wrong with ordered cues inside the clip', () => {
    expect(cueProblems([{ startMs: 0, endMs: 1000, text: 'a' }, { startMs: 1000, endMs: 2000, text: 'b' }], 2000)).toEqual([])
  })

  it('names an overlap, an end before the start, a cue past the clip and a cue without words', () => {
    const problems = cueProblems(
      [
        { startMs: 0, endMs: 1500, text: 'a' },
        { startMs: 1200, endMs: 1100, text: ' ' },
        { startMs: 2000, endMs: 4000, text: 'c' },
      ],
      3000,
    )
    expect(problems).toEqual([
      { index: 1, field: 'endMs', message: 'It must end after it starts.' },
      { index: 1, field: 'startMs', message: 'It starts at 1.2 s, before caption 1 ends (1.5 s).' },
      { index: 1, field: 'text', message: 'It has no words.' },
      { index: 2, field: 'endMs', message: 'It ends after the sound does (3 s).' },
    ])
  })

  it('does not check the length when there is no sound', () => {
    expect(cueProblems([{ startMs: 0, endMs: 900_000, text: 'a' }])).toEqual([])
  })
})
