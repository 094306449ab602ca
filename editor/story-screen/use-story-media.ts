import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useLibrary } from '../library/library-context'
import { takePhotoFiles } from '../library/pending-photo-files'
import type { MediaUrlCache } from '../persistence/media-url-cache'
import { createMediaUrlCache, resolverFor, storyMediaHashesByPath } from '../persistence/media-url-cache'
import { missingMediaUrl } from '../persistence/media-url-resolver'
import { storePhotoFiles } from '../persistence/store-photo'
import type { ImportedPhoto } from '../photo-import'
import type { StoreSound } from '../sound/store-sound'
import { storeSoundFile } from '../sound/store-sound'
import type { EditorStore, StoredPhotoHashes } from '../state'
import { useEditorStore } from '../state'

/** What the story screen's views need to show the open story's pictures and sounds. */
export type StoryMedia = {
  /** Package path → object URL ('data:,' while loading or when missing); changes when a file arrives. */
  resolve: (path: string) => string
  /** Package path → object URL, or undefined (for thumbnails that should rather show nothing). */
  urlOf: (path: string) => string | undefined
  /** Stores an imported photo's files (before the story references them, A-P5) and shows them at once. */
  storePhoto: ((photo: ImportedPhoto) => Promise<StoredPhotoHashes>) | undefined
  /** Stores an imported or recorded sound (before the story references it, A-P5) and makes it playable at once. */
  storeSound: StoreSound | undefined
  /** Every file of the story has been read (or is known to be missing). */
  ready: boolean
  /** How many files of the story storage does not have. */
  missing: number
}

const noUrls: ReadonlyMap<string, string> = new Map()
const noCache = { subscribe: () => () => undefined, urls: () => noUrls }

/**
 * Object URLs for the open story's media, made while it is open and revoked when the screen goes
 * away: files already stored are read once; an imported photo (and the photo a new story was just
 * made from) is shown from the bytes just stored.
 */
export const useStoryMedia = (editor: EditorStore): StoryMedia => {
  const { storage } = useLibrary()
  const [cache, setCache] = useState<MediaUrlCache | null>(null)
  useEffect(() => {
    const made = createMediaUrlCache((sha256) => storage.getMediaBlob(sha256))
    // A story just made from a photo: its files are here already, no need to read them back.
    for (const [sha256, blob] of takePhotoFiles(editor.getState().doc.id)) made.add(sha256, blob)
    setCache(made)
    return () => made.dispose()
  }, [storage, editor])
  const assets = useEditorStore(editor, (state) => state.doc.assets)
  const byPath = useMemo(() => storyMediaHashesByPath({ assets }), [assets])
  const urls = useSyncExternalStore((cache ?? noCache).subscribe, (cache ?? noCache).urls)
  useEffect(() => cache?.want(byPath.values()), [cache, byPath])
  const resolve = useMemo(() => resolverFor(byPath, urls), [byPath, urls])
  const urlOf = useCallback((path: string) => {
    const url = resolve(path)
    return url === missingMediaUrl ? undefined : url
  }, [resolve])
  const storePhoto = useMemo(() => (cache ? (photo: ImportedPhoto) => storePhotoFiles(storage, photo, cache.add) : undefined), [cache, storage])
  const storeSound = useMemo<StoreSound | undefined>(
    () => (cache ? (bytes, mime) => storeSoundFile(storage, bytes, mime, cache.add) : undefined),
    [cache, storage],
  )
  const hashes = [...new Set(byPath.values())]
  return {
    resolve,
    urlOf,
    storePhoto,
    storeSound,
    ready: cache !== null && cache.settled(hashes),
    missing: cache ? hashes.filter((sha256) => cache.missing().includes(sha256)).length : 0,
  }
}
