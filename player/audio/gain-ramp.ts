/**
 * A linear gain ramp: the mixer's model of what the backend is doing to one voice's gain. The backend
 * is told the same ramp (`AudioBackend.rampGain`), so the model and the sound agree, and the gain at
 * any moment can be computed without asking the audio thread.
 */
export type GainRamp = {
  /** Gain (0–1) at `startMs`. */
  fromGain: number
  /** Gain (0–1) reached at `startMs + durationMs` and held after. */
  toGain: number
  /** Clock time the ramp starts, in ms. */
  startMs: number
  /** Ramp length in ms; 0 = a step. */
  durationMs: number
}

/** A ramp that holds `gain` from `nowMs` on. */
export const steadyGain = (gain: number, nowMs: number): GainRamp => ({
  fromGain: gain,
  toGain: gain,
  startMs: nowMs,
  durationMs: 0,
})

/** The gain of `ramp` at `nowMs` (linear interpolation, clamped to the ramp's ends). */
export const gainAt = (ramp: GainRamp, nowMs: number): number => {
  if (ramp.durationMs <= 0 || nowMs >= ramp.startMs + ramp.durationMs) return ramp.toGain
  if (nowMs <= ramp.startMs) return ramp.fromGain
  return ramp.fromGain + ((ramp.toGain - ramp.fromGain) * (nowMs - ramp.startMs)) / ramp.durationMs
}

/** Milliseconds left until `ramp` reaches its target (0 when it has). */
export const rampRemainingMs = (ramp: GainRamp, nowMs: number): number =>
  Math.max(0, ramp.startMs + ramp.durationMs - nowMs)

/** Decibels to a linear gain factor (−10 dB → 0.316). */
export const gainFromDb = (db: number): number => 10 ** (db / 20)
