import { createStore } from 'zustand/vanilla'
import { initialBackupState } from '../persistence/backup-state'
import type { BackupState, StoryListing } from '../persistence/library-storage'
import type { PersistenceState } from '../persistence/storage-persistence'
import type { Notice } from '../ui/notice-line'
import type { SampleCopyProgress } from './copy-samples'

/** What the library screens show. Changed only by `library-actions.ts`. */
export type LibraryState = {
  /** Every stored story (library and Trash); null until first read. */
  listings: StoryListing[] | null
  /** Ids of stories open for editing in some tab (Web Locks). */
  openElsewhere: ReadonlySet<string>
  samples: SampleCopyProgress | null
  backup: BackupState
  persistence: PersistenceState
  notice: Notice | null
  /** What is running that blocks starting it again ('backup', 'create'), or null. */
  busy: 'backup' | 'create' | null
  /** True once something was saved in a memory-only library (closing the page loses it). */
  unsavedInMemory: boolean
}

/** A fresh library state store. */
export const createLibraryStore = (persistence: PersistenceState) =>
  createStore<LibraryState>(() => ({
    listings: null,
    openElsewhere: new Set(),
    samples: null,
    backup: initialBackupState,
    persistence,
    notice: null,
    busy: null,
    unsavedInMemory: false,
  }))

/** The library state store. */
export type LibraryStore = ReturnType<typeof createLibraryStore>
