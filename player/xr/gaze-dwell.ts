/**
 * Head-gaze dwell as a pure state machine (C-4, C-5): looking at a target for `dwellMs` selects it.
 * Looking away for less than `graceMs` does not reset the count; after a selection nothing can be
 * selected for `cooldownMs`, and the same target needs the gaze to leave and come back first (no
 * repeats from a resting head). Time comes in as an argument, so tests use a fake clock.
 */
export type DwellState = {
  targetId: string | null
  startMs: number
  lastSeenMs: number
  /** The target was selected and the gaze has not left it since. */
  fired: boolean
  cooldownUntilMs: number
}

export type DwellTiming = { dwellMs: number; graceMs: number; cooldownMs: number }

export const defaultDwellTiming: Omit<DwellTiming, 'dwellMs'> = { graceMs: 150, cooldownMs: 500 }

export const idleDwell: DwellState = { targetId: null, startMs: 0, lastSeenMs: 0, fired: false, cooldownUntilMs: 0 }

export type DwellUpdate = { state: DwellState; progress: number; selected: string | null }

export const updateDwell = (state: DwellState, nowMs: number, hitId: string | null, timing: DwellTiming): DwellUpdate => {
  let next = state
  if (hitId !== null && hitId === state.targetId) next = { ...state, lastSeenMs: nowMs }
  else if (state.targetId !== null && nowMs - state.lastSeenMs < timing.graceMs) next = state
  else next = { ...state, targetId: hitId, startMs: nowMs, lastSeenMs: nowMs, fired: false }

  if (next.targetId === null || next.fired) return { state: next, progress: 0, selected: null }
  if (nowMs < next.cooldownUntilMs) return { state: { ...next, startMs: next.cooldownUntilMs }, progress: 0, selected: null }
  const progress = Math.min(1, (nowMs - next.startMs) / timing.dwellMs)
  if (progress < 1) return { state: next, progress, selected: null }
  return { state: { ...next, fired: true, cooldownUntilMs: nowMs + timing.cooldownMs }, progress: 1, selected: next.targetId }
}
