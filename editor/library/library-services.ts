import type { LibraryStorage } from '../persistence/library-storage'
import { openLibraryChannel } from '../persistence/library-channel'
import type { PersistenceTracker } from '../persistence/storage-persistence'
import { createPersistenceTracker } from '../persistence/storage-persistence'
import { strings } from '../ui/strings'
import { downloadFile } from './download-file'
import type { LibraryActions } from './library-actions'
import { createLibraryActions } from './library-actions'
import type { LibraryStore } from './library-store'
import { createLibraryStore } from './library-store'

/** What the screens share: the storage, the library state and its actions, the persistence answer. */
export type LibraryServices = {
  storage: LibraryStorage
  store: LibraryStore
  actions: LibraryActions
  persistence: PersistenceTracker
  /** Tells the other tabs that a story (or, with null, the library) changed. */
  announce: (storyId: string | null) => void
  /** Listen for changes made in other tabs (story id, or null for the whole library). */
  onOtherTab: (listener: (storyId: string | null) => void) => () => void
  dispose: () => void
}

/** Wires the library for one page: storage, store, actions, and the channel to other tabs. */
export const createLibraryServices = (storage: LibraryStorage, baseUrl: string): LibraryServices => {
  const persistence = createPersistenceTracker()
  const store = createLibraryStore(persistence.getState())
  const listeners = new Set<(storyId: string | null) => void>()
  const channel = openLibraryChannel((message) => {
    for (const listener of listeners) listener(message.storyId)
  })
  const actions = createLibraryActions({
    storage,
    store,
    persistence,
    baseUrl,
    announce: (storyId) => channel.post({ type: 'changed', storyId }),
    download: downloadFile,
    navigate: (hash) => {
      window.location.hash = hash
    },
  })
  listeners.add(() => void actions.refresh())
  const copies = storage.recovered.filter((draft) => draft.outcome === 'copied').length
  if (copies > 0) actions.notify(strings.recoveredCopies(copies))
  void storage
    .getBackupState()
    .then((backup) => persistence.check(backup.firstEditAt !== null || backup.lastBackupAt !== null))
    .then((state) => store.setState({ persistence: state }))
  return {
    storage,
    store,
    actions,
    persistence,
    announce: (storyId) => channel.post({ type: 'changed', storyId }),
    onOtherTab: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose: () => {
      channel.close()
      storage.close()
    },
  }
}
