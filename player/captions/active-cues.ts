import type { CaptionCue } from '@story-schema'

/**
 * The cues showing at `timeMs` (start inclusive, end exclusive), in the narration's order. Cues may
 * overlap (two speakers); the caller shows at most two lines of them (`captionLines`, C-11).
 */
export const activeCues = (cues: readonly CaptionCue[], timeMs: number): CaptionCue[] =>
  cues.filter((cue) => cue.startMs <= timeMs && timeMs < cue.endMs)
