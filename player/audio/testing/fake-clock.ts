import type { Clock, TimerHandle } from '../clock'

/** A clock for tests: time moves only when `advance` is called, and due timers run in time order. */
export type FakeClock = Clock & {
  /** Moves time forward by `ms`, running every timer that falls due (including ones scheduled meanwhile). */
  advance(ms: number): void
  /** How many timers are waiting. */
  pendingCount(): number
}

/** Creates a fake clock starting at `startMs`. */
export const createFakeClock = (startMs = 0): FakeClock => {
  let nowMs = startMs
  let nextId = 1
  const timers = new Map<number, { dueMs: number; callback: () => void }>()

  const nextDue = () => {
    let best: [number, { dueMs: number; callback: () => void }] | undefined
    for (const entry of timers) if (!best || entry[1].dueMs < best[1].dueMs) best = entry
    return best
  }

  return {
    nowMs: () => nowMs,
    schedule(callback, delayMs) {
      const id = nextId++
      timers.set(id, { dueMs: nowMs + Math.max(0, delayMs), callback })
      return id
    },
    cancel(handle: TimerHandle) {
      timers.delete(handle as number)
    },
    advance(ms) {
      const endMs = nowMs + ms
      for (let due = nextDue(); due && due[1].dueMs <= endMs; due = nextDue()) {
        timers.delete(due[0])
        nowMs = Math.max(nowMs, due[1].dueMs)
        due[1].callback()
      }
      nowMs = endMs
    },
    pendingCount: () => timers.size,
  }
}
