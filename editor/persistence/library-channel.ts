/**
 * Tells the other tabs of this browser that the library changed (a save, a rename, the Trash), so
 * their lists and read-only views are fresh. Only a hint: every tab re-reads storage itself.
 */
export type LibraryMessage = { type: 'changed'; storyId: string | null; revision?: number }

const channelName = 'storysphere-library'

/** A channel to the other tabs; `post` is a no-op where BroadcastChannel is missing. */
export const openLibraryChannel = (onMessage: (message: LibraryMessage) => void) => {
  if (typeof BroadcastChannel === 'undefined') return { post: (_message: LibraryMessage) => undefined, close: () => undefined }
  const channel = new BroadcastChannel(channelName)
  channel.onmessage = (event: MessageEvent<LibraryMessage>) => {
    if (event.data && event.data.type === 'changed') onMessage(event.data)
  }
  return {
    post: (message: LibraryMessage) => channel.postMessage(message),
    close: () => channel.close(),
  }
}
