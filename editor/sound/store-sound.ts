import type { LibraryStorage } from '../persistence/library-storage'
import { MediaStoreError } from '../persistence/store-photo'

/** Stores a sound's bytes in the media store and answers their sha-256 (rejects with `MediaStoreError`). */
export type StoreSound = (bytes: ArrayBuffer, mime: string) => Promise<string>

/**
 * Stores a sound file in the media store, content-addressed, before any story references it (A-P5),
 * and tells `onStored` (the media URL cache) so it can be played at once. A failed write throws
 * `MediaStoreError`, whose message is plain words (storage full…).
 */
export const storeSoundFile = async (
  storage: Pick<LibraryStorage, 'putMedia'>,
  bytes: ArrayBuffer,
  mime: string,
  onStored?: (sha256: string, blob: Blob) => void,
): Promise<string> => {
  const stored = await storage.putMedia(bytes, mime)
  if (!stored.ok) throw new MediaStoreError(stored)
  onStored?.(stored.sha256, new Blob([bytes], { type: mime }))
  return stored.sha256
}
