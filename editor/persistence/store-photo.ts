import type { ImportedPhoto } from '../photo-import'
import type { StoredPhotoHashes } from '../state'
import type { LibraryStorage, WriteFailure } from './library-storage'

/** A file of a photo could not be stored; `message` is plain words for the person (storage full…). */
export class MediaStoreError extends Error {
  readonly reason: WriteFailure['reason']
  constructor(failure: WriteFailure) {
    super(failure.message)
    this.name = 'MediaStoreError'
    this.reason = failure.reason
  }
}

/** Whether `error` is a `MediaStoreError` (its message can be shown as it is). */
export const isMediaStoreError = (error: unknown): error is MediaStoreError => error instanceof MediaStoreError

/**
 * Stores an imported photo's files in the media store (the main picture, then each smaller copy, in
 * order) and answers their sha-256s, before any story references them (A-P5); hashes the import's
 * worker made are used as they are (not computed again on the page). `onStored` hears each
 * file with its bytes, so an editor can show it at once. A failed write throws `MediaStoreError`;
 * files stored before it stay (content-addressed, collected later when nothing uses them, A-F9).
 */
export const storePhotoFiles = async (
  storage: Pick<LibraryStorage, 'putMedia'>,
  photo: Pick<ImportedPhoto, 'main' | 'derivatives'>,
  onStored?: (sha256: string, blob: Blob) => void,
): Promise<StoredPhotoHashes> => {
  const hashes: string[] = []
  for (const file of [photo.main, ...photo.derivatives]) {
    const stored = await storage.putMedia(file.bytes, file.mime, { sha256: file.sha256 })
    if (!stored.ok) throw new MediaStoreError(stored)
    hashes.push(stored.sha256)
    onStored?.(stored.sha256, new Blob([file.bytes], { type: file.mime }))
  }
  const [main, ...derivatives] = hashes
  return { main: main!, derivatives }
}
