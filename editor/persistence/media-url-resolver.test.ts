import { describe, expect, test } from 'vitest'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { createMediaUrlResolver, missingMediaUrl } from './media-url-resolver'
import { storeTestStory } from './testing/test-story'

describe('media URL resolver', () => {
  test('maps every asset path to an object URL, reports missing files, and revokes on dispose', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    const made: string[] = []
    const revoked: string[] = []
    const urls = { create: (blob: Blob) => `blob:test/${made.push(blob.type)}`, revoke: (url: string) => void revoked.push(url) }
    const preview = story.assets[0]!.kind === 'panorama' ? story.assets[0]!.derivatives[0]! : null
    const getBlob = async (sha256: string) => (sha256 === preview?.sha256 ? null : storage.getMediaBlob(sha256))
    const resolver = await createMediaUrlResolver(story, getBlob, urls)
    expect(resolver.resolve(story.assets[0]!.path)).toBe('blob:test/1')
    expect(resolver.missing).toEqual([preview?.path])
    expect(resolver.resolve(preview!.path)).toBe(missingMediaUrl)
    expect(resolver.resolve('images/unknown.jpg')).toBe(missingMediaUrl)
    resolver.dispose()
    resolver.dispose()
    expect(revoked).toEqual(['blob:test/1'])
    expect(resolver.resolve(story.assets[0]!.path)).toBe(missingMediaUrl)
  })
})
