/**
 * "Edit here instead" between tabs (A-F10): a read-only tab asks the tab that edits a story to hand
 * its lock over; that tab saves what is pending first, then lets go, or answers that it can't (its
 * last save failed, so handing over would lose edits). A BroadcastChannel, separate from the library
 * channel so that its messages never look like "the library changed".
 */
export type TakeOverMessage =
  | { type: 'take-over'; storyId: string }
  | { type: 'take-over-refused'; storyId: string }

/** A tab's end of the channel; tests pass an in-memory one (see testing/fake-take-over.ts). */
export type TakeOverChannel = {
  post: (message: TakeOverMessage) => void
  subscribe: (listener: (message: TakeOverMessage) => void) => () => void
  close: () => void
}

const channelName = 'storysphere-take-over'

const isMessage = (data: unknown): data is TakeOverMessage =>
  typeof data === 'object' &&
  data !== null &&
  ((data as TakeOverMessage).type === 'take-over' || (data as TakeOverMessage).type === 'take-over-refused') &&
  typeof (data as TakeOverMessage).storyId === 'string'

/** The browser's channel, or null where BroadcastChannel is missing (then a take-over steals the lock after the wait). */
export const openTakeOverChannel = (): TakeOverChannel | null => {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(channelName)
  const listeners = new Set<(message: TakeOverMessage) => void>()
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data)) for (const listener of listeners) listener(event.data)
  }
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => channel.close(),
  }
}
