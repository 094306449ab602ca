/**
 * Time for the mixer, injected so that fades, timeouts and the narration timeline can be tested in
 * Node with a fake clock (`testing/fake-clock.ts`). Times are milliseconds on a monotonic clock.
 */
export interface Clock {
  /** Milliseconds on a monotonic clock (any origin). */
  nowMs(): number
  /** Runs `callback` once, `delayMs` from now; returns a handle for `cancel`. */
  schedule(callback: () => void, delayMs: number): TimerHandle
  /** Cancels a scheduled callback; a handle that already ran or was cancelled is ignored. */
  cancel(handle: TimerHandle): void
}

/** An opaque timer handle (a number in browsers, an object in Node). */
export type TimerHandle = unknown

/** The real clock: `performance.now()` and `setTimeout`. */
export const systemClock: Clock = {
  nowMs: () => globalThis.performance.now(),
  schedule: (callback, delayMs) => globalThis.setTimeout(callback, Math.max(0, delayMs)),
  cancel: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}
