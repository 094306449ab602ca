import { describe, expect, test } from 'vitest'
import { fakeImportedPhoto } from '../photo-import/testing/imported-photo'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { sha256Hex } from './sha256'
import { isMediaStoreError, storePhotoFiles } from './store-photo'

describe('storePhotoFiles', () => {
  test('stores the main picture and each copy, in order, and answers their sha-256s', async () => {
    const storage = createMemoryLibraryStorage()
    const photo = fakeImportedPhoto()
    const heard: string[] = []
    const hashes = await storePhotoFiles(storage, photo, (sha256, blob) => heard.push(`${sha256.slice(0, 6)} ${blob.type} ${blob.size}`))
    expect(hashes).toEqual({
      main: await sha256Hex(photo.main.bytes),
      derivatives: [await sha256Hex(photo.derivatives[0]!.bytes), await sha256Hex(photo.derivatives[1]!.bytes)],
    })
    for (const sha256 of [hashes.main, ...hashes.derivatives]) expect(await storage.hasMedia(sha256)).toBe(true)
    expect(heard).toEqual([
      `${hashes.main.slice(0, 6)} image/jpeg ${photo.main.bytes.byteLength}`,
      `${hashes.derivatives[0]!.slice(0, 6)} image/jpeg ${photo.derivatives[0]!.bytes.byteLength}`,
      `${hashes.derivatives[1]!.slice(0, 6)} image/jpeg ${photo.derivatives[1]!.bytes.byteLength}`,
    ])
    expect(photo.main.bytes.byteLength).toBeGreaterThan(0) // the photo's bytes are copied, not taken
  })

  test('uses the sha-256s the import worker made instead of hashing on the page', async () => {
    const storage = createMemoryLibraryStorage()
    const photo = fakeImportedPhoto()
    // Marked hashes (not the bytes' real ones) show which were used; the worker's are real.
    const known = ['a'.repeat(64), 'b'.repeat(64)]
    const hashed = { ...photo, main: { ...photo.main, sha256: known[0] }, derivatives: [{ ...photo.derivatives[0]!, sha256: known[1] }, photo.derivatives[1]!] }
    const hashes = await storePhotoFiles(storage, hashed)
    expect(hashes).toEqual({ main: known[0], derivatives: [known[1], await sha256Hex(photo.derivatives[1]!.bytes)] })
    expect(await storage.getMediaBlob(known[0]!).then((blob) => blob?.size)).toBe(photo.main.bytes.byteLength)
  })

  test('a full storage throws a MediaStoreError with the plain-words message', async () => {
    const storage = createMemoryLibraryStorage({ quotaBytes: 20 })
    const failure = await storePhotoFiles(storage, fakeImportedPhoto()).catch((error: unknown) => error)
    expect(isMediaStoreError(failure)).toBe(true)
    expect(failure).toMatchObject({ reason: 'quota', message: 'Not saved: storage is full — download a backup and free space' })
  })
})
