import type { Story } from '@story-schema'
import { makeId } from '@story-schema'
import type { LibraryStorage, WriteResult } from '../persistence/library-storage'
import { isMediaStoreError, storePhotoFiles } from '../persistence/store-photo'
import type { ImportedPhoto } from '../photo-import'
import { strings } from '../ui/strings'
import { makeBlankPanorama } from './blank-panorama'
import { makeBlankStory } from './blank-story'
import { copySample } from './copy-samples'
import { duplicateOf } from './duplicate-of'
import type { LibraryStore } from './library-store'
import { makePhotoStory } from './photo-story'
import type { SampleEntry } from './sample-index'
import { retitle } from './retitle'
import { keepPhotoFiles } from './pending-photo-files'
import { keepPhotoNotes } from './pending-photo-notes'

type StoryActionDeps = {
  storage: LibraryStorage
  store: LibraryStore
  baseUrl: string
  navigate: (hash: string) => void
  notify: (text: string, tone?: 'info' | 'danger') => void
  afterWrite: (storyId: string | null) => Promise<void>
  guarded: (id: string, body: () => Promise<WriteResult>, done: () => string) => Promise<boolean>
}

/** The hash of a story's screen. */
export const storyHash = (id: string): string => `#/story/${encodeURIComponent(id)}`

/** Library actions that make or change one story: new (blank or from a photo), new from a sample, rename, duplicate. */
export const createStoryActions = ({ storage, store, baseUrl, navigate, notify, afterWrite, guarded }: StoryActionDeps) => {
  /** Makes a story and opens it; answers null, or why nothing was made (also shown as a notice). */
  const creating = async (make: () => Promise<Story | string>): Promise<string | null> => {
    if (store.getState().busy) return null
    store.setState({ busy: 'create' })
    try {
      const made = await make()
      if (typeof made === 'string') {
        notify(made, 'danger')
        return made
      }
      await afterWrite(made.id)
      notify(strings.created(made.title[made.language] ?? strings.untitled))
      navigate(storyHash(made.id))
      return null
    } finally {
      store.setState({ busy: null })
    }
  }

  return {
    /** A one-scene story with the grey built-in panorama (blank-panorama.ts). */
    createBlank: () =>
      creating(async () => {
        const { panorama, preview } = await makeBlankPanorama()
        const storedPano = await storage.putMedia(panorama.bytes, panorama.mime)
        if (!storedPano.ok) return storedPano.message
        const storedPreview = await storage.putMedia(preview.bytes, preview.mime)
        if (!storedPreview.ok) return storedPreview.message
        const story = makeBlankStory({
          panorama: { ...panorama, sha256: storedPano.sha256, bytes: storedPano.bytes },
          preview: { ...preview, sha256: storedPreview.sha256, bytes: storedPreview.bytes },
        })
        const saved = await storage.saveStory(story, { baseRevision: 0, durability: 'strict' })
        return saved.ok ? story : saved.message
      }),
    /**
     * A one-scene story showing an imported photo: its files are stored first, then the story (A-P5);
     * the story screen that opens shows the files from the bytes just stored (pending-photo-files.ts).
     */
    createFromPhoto: (photo: ImportedPhoto) =>
      creating(async () => {
        const files = new Map<string, Blob>()
        const hashes = await storePhotoFiles(storage, photo, (sha256, blob) => files.set(sha256, blob)).catch((error: unknown) => {
          if (isMediaStoreError(error)) return error.message
          throw error
        })
        if (typeof hashes === 'string') return hashes
        const story = makePhotoStory({ photo, hashes })
        const saved = await storage.saveStory(story, { baseRevision: 0, durability: 'strict' })
        if (saved.ok) {
          keepPhotoNotes(story.id, photo)
          keepPhotoFiles(story.id, files)
        }
        return saved.ok ? story : saved.message
      }),
    /** A copy of a sample with a new id; media already in the library are not downloaded again. */
    createFromSample: (entry: SampleEntry) =>
      creating(async () => {
        const result = await copySample(entry, { storage, baseUrl, newId: makeId('story') })
        return result.ok ? result.story : result.offline ? strings.samplesOffline : result.reason
      }),
    rename: async (id: string, title: string) => {
      const loaded = await storage.loadStory(id)
      if (!loaded.ok) return false
      return guarded(
        id,
        async () => storage.saveStory(retitle(loaded.story, title), { baseRevision: loaded.revision, durability: 'strict' }),
        () => strings.renamed(title.trim()),
      )
    },
    duplicate: async (id: string) => {
      const loaded = await storage.loadStory(id)
      if (!loaded.ok) return notify(strings.cantOpen, 'danger')
      const copy = duplicateOf(loaded.story)
      const saved = await storage.saveStory(copy, { baseRevision: 0, durability: 'strict' })
      if (!saved.ok) return notify(saved.message, 'danger')
      notify(strings.duplicated(copy.title[copy.language] ?? ''))
      await afterWrite(copy.id)
    },
  }
}
