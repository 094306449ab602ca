import type { Story } from '@story-schema'
import { duplicateOf } from '../library/duplicate-of'
import type { LibraryStorage } from '../persistence/library-storage'
import { withStoryLock } from '../persistence/story-lock'
import { PackageError } from './package-error'
import type { PackageMedia, ReadPackage } from './read-story-package'
import { packageStrings } from './strings'

/** What to do when the library already has a story with the package's id (B-40, A-F21). */
export type SameStoryChoice = 'keep-both' | 'replace'

/** The answer of a write: the id the story is stored under, or why nothing was stored (plain words). */
export type WriteImportResult = { ok: true; storyId: string; replacedCopyId: string | null } | { ok: false; message: string }

/** `navigator.storage.estimate()`, or a fake in tests; null when the browser can't tell. */
export type EstimateStorage = () => Promise<{ usage?: number; quota?: number } | null>

export const browserEstimate: EstimateStorage = async () => ((globalThis.navigator as Navigator | undefined)?.storage ? navigator.storage.estimate() : null)

/** Refuses before writing when the new files can't fit in what the browser says is left (A-F6). */
export const checkSpace = async (storage: LibraryStorage, media: PackageMedia[], stories: Story[], estimate: EstimateStorage) => {
  const estimated = await estimate().catch(() => null)
  if (!estimated || estimated.quota === undefined || estimated.usage === undefined) return
  const present = await Promise.all(media.map((file) => storage.hasMedia(file.sha256)))
  const unique = new Map(media.filter((_, index) => !present[index]).map((file) => [file.sha256, file.bytes]))
  const storyBytes = stories.reduce((sum, story) => sum + JSON.stringify(story).length * 2, 0)
  const neededBytes = [...unique.values()].reduce((sum, bytes) => sum + bytes, 0) + storyBytes
  const freeBytes = estimated.quota - estimated.usage
  if (neededBytes > freeBytes) throw new PackageError('not-enough-space', { neededBytes, freeBytes: Math.max(0, freeBytes) })
}

/** Stores the media the library does not have yet, one at a time (content-addressed, so idempotent, A-F9). */
export const storeMedia = async (storage: LibraryStorage, media: PackageMedia[], onStored?: (done: number, total: number) => void): Promise<string | null> => {
  let done = 0
  for (const file of media) {
    if (!(await storage.hasMedia(file.sha256))) {
      const stored = await storage.putMedia(await file.blob.arrayBuffer(), file.mime)
      if (!stored.ok) return stored.message
      if (stored.sha256 !== file.sha256) return `${file.path}: stored bytes differ`
    }
    onStored?.(++done, media.length)
  }
  return null
}

/** Puts the old story in the Trash under a new id, then saves the imported one over its id (B-40). */
const replaceStory = async (storage: LibraryStorage, story: Story): Promise<WriteImportResult> => {
  const old = await storage.loadStory(story.id)
  if (!old.ok) return { ok: false, message: packageStrings.cantReplace }
  const listing = (await storage.listStories()).find((entry) => entry.id === story.id)
  const keptCopy: Story = { ...old.story, id: duplicateOf(old.story).id }
  const savedCopy = await storage.saveStory(keptCopy, { baseRevision: 0, durability: 'strict', countsAsEdit: false })
  if (!savedCopy.ok) return { ok: false, message: savedCopy.message }
  const trashed = await storage.trashStory(keptCopy.id)
  if (!trashed.ok) return { ok: false, message: trashed.message }
  const saved = await storage.saveStory(story, { baseRevision: old.revision, durability: 'strict' })
  if (!saved.ok) {
    await storage.restoreStory(keptCopy.id).then(() => storage.trashStory(keptCopy.id))
    return { ok: false, message: saved.message }
  }
  if (listing?.trashedAt !== null && listing?.trashedAt !== undefined) await storage.restoreStory(story.id)
  return { ok: true, storyId: story.id, replacedCopyId: keptCopy.id }
}

/**
 * Writes a checked package into the library: media first (only files not stored yet), then the story
 * in one transaction (A-P5). A story whose id is new keeps it; with `keep-both` it becomes a copy
 * with a new id and " (copy)" in its title; with `replace` the library's version goes to the Trash
 * (under a new id) and the imported one takes its place. The space check comes before any write.
 */
export const writeImportedStory = async (
  storage: LibraryStorage,
  read: ReadPackage,
  choice: SameStoryChoice | null,
  { estimate = browserEstimate, onStored }: { estimate?: EstimateStorage; onStored?: (done: number, total: number) => void } = {},
): Promise<WriteImportResult> => {
  await checkSpace(storage, read.media, [read.story], estimate)
  const mediaFailure = await storeMedia(storage, read.media, onStored)
  if (mediaFailure) return { ok: false, message: mediaFailure }
  const existing = (await storage.listStories()).find((entry) => entry.id === read.story.id)
  if (existing && choice === 'replace' && existing.kind === 'story') {
    const result = await withStoryLock(read.story.id, () => replaceStory(storage, read.story))
    return result === 'elsewhere' ? { ok: false, message: packageStrings.openElsewhere } : result
  }
  const story = existing ? duplicateOf(read.story) : read.story
  const saved = await storage.saveStory(story, { baseRevision: 0, durability: 'strict' })
  return saved.ok ? { ok: true, storyId: story.id, replacedCopyId: null } : { ok: false, message: saved.message }
}
