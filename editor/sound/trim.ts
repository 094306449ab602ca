import { soundLimits } from './sound-limits'

/** The part of a recording to keep, in milliseconds from its start. */
export type TrimRange = { startMs: number; endMs: number }

/** Why a trim can't be used. */
export type TrimProblem = 'not-a-number' | 'start-negative' | 'end-beyond' | 'end-before-start' | 'too-short'

/** The whole recording. */
export const wholeClip = (durationMs: number): TrimRange => ({ startMs: 0, endMs: Math.round(durationMs) })

/**
 * Checks a trim against the recording's length: whole milliseconds, start ≥ 0, end ≤ the length,
 * and at least `minKeptMs` kept. Answers the problem, or null when it can be used.
 */
export const trimProblem = ({ startMs, endMs }: TrimRange, durationMs: number): TrimProblem | null => {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return 'not-a-number'
  if (startMs < 0) return 'start-negative'
  if (endMs > Math.round(durationMs)) return 'end-beyond'
  if (endMs <= startMs) return 'end-before-start'
  if (endMs - startMs < soundLimits.minKeptMs) return 'too-short'
  return null
}

/** The sample frames a trim keeps, [startFrame, endFrame), inside a clip of `lengthFrames`. */
export const trimFrames = ({ startMs, endMs }: TrimRange, sampleRateHz: number, lengthFrames: number) => {
  const frame = (ms: number) => Math.max(0, Math.min(lengthFrames, Math.round((ms / 1000) * sampleRateHz)))
  const startFrame = frame(startMs)
  return { startFrame, endFrame: Math.max(startFrame, frame(endMs)) }
}

/** How long the kept part is, in milliseconds. */
export const keptMs = ({ startMs, endMs }: TrimRange): number => Math.max(0, Math.round(endMs - startMs))

/** Milliseconds as "m:ss.s" for people ("0:03.2", "12:00.0"). */
export const clockText = (ms: number): string => {
  const tenths = Math.max(0, Math.round(ms / 100))
  const minutes = Math.floor(tenths / 600)
  const seconds = (tenths % 600) / 10
  return `${minutes}:${seconds.toFixed(1).padStart(4, '0')}`
}
