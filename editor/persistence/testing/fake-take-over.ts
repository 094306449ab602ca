import type { TakeOverChannel, TakeOverMessage } from '../take-over-channel'

/** In-memory take-over channels shared by fake "tabs": a message reaches every other tab's end, never its own. */
export const createFakeTakeOverHub = () => {
  const ends = new Set<Set<(message: TakeOverMessage) => void>>()
  return {
    open: (): TakeOverChannel => {
      const listeners = new Set<(message: TakeOverMessage) => void>()
      ends.add(listeners)
      return {
        post: (message) => {
          for (const end of ends) if (end !== listeners) for (const listener of end) queueMicrotask(() => listener(message))
        },
        subscribe: (listener) => {
          listeners.add(listener)
          return () => listeners.delete(listener)
        },
        close: () => ends.delete(listeners),
      }
    },
  }
}
