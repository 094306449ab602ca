import type { Story } from '@story-schema'
import { duplicateOf } from '../library/duplicate-of'
import type { LibraryStorage } from '../persistence/library-storage'
import type { ReadBackup } from './read-backup'
import type { EstimateStorage } from './write-imported-story'
import { browserEstimate, checkSpace, storeMedia } from './write-imported-story'

/** What restoring a backup did: stories added, added as copies (the library had another version), already here. */
export type BackupImportResult =
  | { ok: true; added: number; copies: number; alreadyHere: number; firstStoryId: string | null }
  | { ok: false; message: string; added: number }

const sameStory = (a: Story, b: Story): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Writes a checked backup into the library, never over a story already there (A-F21): a story the
 * library has in exactly this version is skipped, one it has in another version comes in as a copy
 * with a new id; stories from the backup's Trash go to the Trash. The space check comes first; then
 * media, then one story per transaction (a storage failure part-way says how many came in).
 */
export const writeImportedBackup = async (
  storage: LibraryStorage,
  backup: ReadBackup,
  { estimate = browserEstimate, onStored }: { estimate?: EstimateStorage; onStored?: (done: number, total: number) => void } = {},
): Promise<BackupImportResult> => {
  await checkSpace(storage, backup.media, backup.stories.map((entry) => entry.story), estimate)
  const mediaFailure = await storeMedia(storage, backup.media, onStored)
  if (mediaFailure) return { ok: false, message: mediaFailure, added: 0 }
  const existing = new Set((await storage.listStories()).map((entry) => entry.id))
  let added = 0
  let copies = 0
  let alreadyHere = 0
  let firstStoryId: string | null = null
  for (const { story, trashed } of backup.stories) {
    let toSave = story
    if (existing.has(story.id)) {
      const stored = await storage.loadStory(story.id)
      if (stored.ok && sameStory(stored.story, story)) {
        alreadyHere++
        continue
      }
      toSave = duplicateOf(story)
      copies++
    }
    const saved = await storage.saveStory(toSave, { baseRevision: 0, durability: 'strict' })
    if (!saved.ok) return { ok: false, message: saved.message, added }
    if (trashed) await storage.trashStory(toSave.id)
    else firstStoryId ??= toSave.id
    added++
  }
  return { ok: true, added, copies, alreadyHere, firstStoryId }
}
