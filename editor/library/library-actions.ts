import type { Story } from '@story-schema'
import { writeBackupZip } from '../persistence/backup-zip'
import type { LibraryStorage, WriteResult } from '../persistence/library-storage'
import type { PersistenceTracker } from '../persistence/storage-persistence'
import { storiesOpenElsewhere, withStoryLock } from '../persistence/story-lock'
import { strings } from '../ui/strings'
import { copySamples } from './copy-samples'
import type { LibraryStore } from './library-store'
import { createStoryActions } from './story-actions'

/** What the library actions work with; `download` and `navigate` are the browser's, or fakes. */
export type LibraryActionDeps = {
  storage: LibraryStorage
  store: LibraryStore
  persistence: PersistenceTracker
  baseUrl: string
  /** Tells other tabs the library changed. */
  announce: (storyId: string | null) => void
  download: (blob: Blob, fileName: string) => void
  navigate: (hash: string) => void
}

/** Everything the library screens can do; each action re-reads storage and says what happened. */
export const createLibraryActions = (deps: LibraryActionDeps) => {
  const { storage, store, persistence } = deps
  let noticeId = 0
  let copying: Promise<void> | null = null
  let samplesChecked = false

  const notify = (text: string, tone: 'info' | 'danger' = 'info', action?: { label: string; run: () => void }) =>
    store.setState({ notice: { id: ++noticeId, text, tone, action } })

  const refresh = async () => {
    const [listings, backup, openElsewhere] = await Promise.all([storage.listStories(), storage.getBackupState(), storiesOpenElsewhere()])
    store.setState({ listings, backup, openElsewhere })
  }

  /** After a write by the person: ask for persistent storage (A-P3), tell other tabs, re-read. */
  const afterWrite = async (storyId: string | null) => {
    if (storage.kind === 'memory') store.setState({ unsavedInMemory: true })
    deps.announce(storyId)
    await refresh()
    store.setState({ persistence: await persistence.noteRealSave() })
  }

  /** Runs a write on a story unless another tab is editing it. */
  const guarded = async (id: string, body: () => Promise<WriteResult>, done: () => string): Promise<boolean> => {
    const result = await withStoryLock(id, body)
    if (result === 'elsewhere') {
      notify(strings.openElsewhereAction, 'danger')
      return false
    }
    if (!result.ok) {
      notify(result.message, 'danger')
      return false
    }
    notify(done())
    await afterWrite(id)
    return true
  }

  const titleOf = (id: string): string => {
    const listing = store.getState().listings?.find((entry) => entry.id === id)
    return listing?.title ?? strings.untitled
  }

  const restore = (id: string) => guarded(id, () => storage.restoreStory(id), () => strings.restored(titleOf(id)))

  const storyActions = createStoryActions({ ...deps, notify, afterWrite, guarded })

  return {
    ...storyActions,
    refresh,
    notify,
    dismissNotice: () => store.setState({ notice: null }),
    trash: (id: string) =>
      guarded(id, () => storage.trashStory(id), () => strings.movedToTrash(titleOf(id))).then((ok) => {
        if (ok) notify(strings.movedToTrash(titleOf(id)), 'info', { label: strings.undo, run: () => void restore(id) })
        return ok
      }),
    restore,
    emptyTrash: async () => {
      const result = await storage.emptyTrash()
      if (!result.ok) return notify(result.message, 'danger')
      notify(strings.trashEmptied)
      await afterWrite(null)
    },
    /**
     * Copies the samples not copied yet (see copy-samples.ts), showing progress; once per page unless
     * `again` (the "Try again" button), and never two runs at a time.
     */
    copySamples: (again = false) => {
      if (samplesChecked && !again) return copying ?? Promise.resolve()
      samplesChecked = true
      copying ??= copySamples({
        storage,
        baseUrl: deps.baseUrl,
        onProgress: (samples) => {
          store.setState({ samples })
          if (samples.phase === 'copying' && samples.done === samples.total && samples.total > 0) void refresh()
        },
      })
        .then(refresh)
        .finally(() => {
          copying = null
        })
      return copying
    },
    /** The whole library as one zip (A-P2); `unsaved` are open documents not yet in storage (A-P4). */
    downloadBackup: async (unsaved: Story[] = []) => {
      if (store.getState().busy) return
      store.setState({ busy: 'backup' })
      try {
        const backup = await writeBackupZip(storage, { unsaved })
        deps.download(backup.blob, backup.fileName)
        await storage.noteBackupMade()
        notify(strings.backupMade(backup.fileName))
        await refresh()
      } catch {
        notify(strings.backupFailed, 'danger')
      } finally {
        store.setState({ busy: null })
      }
    },
    downloadRaw: async (id: string) => {
      const raw = await storage.readRawStory(id)
      if (raw !== null) deps.download(new Blob([raw], { type: 'text/plain' }), `${id.replace(/[^A-Za-z0-9_-]/g, '-')}-raw-data.txt`)
    },
  }
}

/** The library's actions. */
export type LibraryActions = ReturnType<typeof createLibraryActions>

