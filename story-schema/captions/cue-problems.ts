import type { CaptionCue } from '../records/narration'

/** A problem with one caption cue, in words, and the field it is about. */
export type CueProblem = { index: number; field: 'startMs' | 'endMs' | 'text'; message: string }

const seconds = (timeMs: number) => `${(timeMs / 1000).toFixed(3).replace(/\.?0+$/, '')} s`

/**
 * What is wrong with a narration's cues, for the caption editor (C-10): a cue must end after it
 * starts, must not overlap the one before it, must lie within the clip (`durationMs`, when there is
 * audio) and must have words. Cues are compared in the order given.
 */
export const cueProblems = (cues: readonly CaptionCue[], durationMs?: number): CueProblem[] => {
  const problems: CueProblem[] = []
  cues.forEach((cue, index) => {
    if (cue.endMs <= cue.startMs) problems.push({ index, field: 'endMs', message: 'It must end after it starts.' })
    const previous = cues[index - 1]
    if (previous && cue.startMs < previous.endMs) {
      problems.push({
        index,
        field: 'startMs',
        message: `It starts at ${seconds(cue.startMs)}, before caption ${index} ends (${seconds(previous.endMs)}).`,
      })
    }
    if (durationMs !== undefined && cue.endMs > durationMs) {
      problems.push({ index, field: 'endMs', message: `It ends after the sound does (${seconds(durationMs)}).` })
    }
    if (cue.text.trim() === '') problems.push({ index, field: 'text', message: 'It has no words.' })
  })
  return problems
}
