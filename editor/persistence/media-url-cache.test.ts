import { describe, expect, test, vi } from 'vitest'
import { createMediaUrlCache, resolverFor, storyMediaHashesByPath } from './media-url-cache'
import { missingMediaUrl } from './media-url-resolver'
import { createMemoryLibraryStorage } from './memory-library-storage'
import { storeTestStory } from './testing/test-story'

const fakeUrls = () => {
  const made: string[] = []
  const revoked: string[] = []
  return { made, revoked, urls: { create: (blob: Blob) => `blob:test/${made.push(blob.type)}`, revoke: (url: string) => void revoked.push(url) } }
}

describe('media URL cache', () => {
  test('reads wanted files once, resolves a story’s paths, reports missing files, and revokes on dispose', async () => {
    const storage = createMemoryLibraryStorage()
    const story = await storeTestStory(storage)
    const { made, revoked, urls } = fakeUrls()
    const getBlob = vi.fn((sha256: string) => storage.getMediaBlob(sha256))
    const cache = createMediaUrlCache(getBlob, urls)
    const heard = vi.fn()
    cache.subscribe(heard)
    const byPath = storyMediaHashesByPath(story)
    expect([...byPath.keys()]).toEqual([story.assets[0]!.path, `${story.assets[0]!.path.replace('.jpg', '')}-preview.jpg`])
    cache.want([...byPath.values(), 'f'.repeat(64)])
    cache.want(byPath.values())
    expect(cache.loading()).toBe(true)
    expect(cache.settled(byPath.values())).toBe(false)
    await vi.waitFor(() => expect(cache.loading()).toBe(false))
    expect(getBlob).toHaveBeenCalledTimes(3)
    expect(heard).toHaveBeenCalledTimes(3)
    expect(cache.missing()).toEqual(['f'.repeat(64)])
    expect(cache.settled([...byPath.values(), 'f'.repeat(64)])).toBe(true)
    const resolve = resolverFor(byPath, cache.urls())
    expect(resolve(story.assets[0]!.path)).toMatch(/^blob:test\/[12]$/)
    expect(resolve('images/unknown.jpg')).toBe(missingMediaUrl)
    cache.dispose()
    cache.dispose()
    expect(revoked.sort()).toEqual(['blob:test/1', 'blob:test/2'])
    expect(made).toHaveLength(2)
    expect(resolverFor(byPath, cache.urls())(story.assets[0]!.path)).toBe(missingMediaUrl)
  })

  test('a file added while editing resolves at once, with no read from storage', () => {
    const getBlob = vi.fn(async () => null)
    const { urls } = fakeUrls()
    const cache = createMediaUrlCache(getBlob, urls)
    const before = cache.urls()
    const seen: (string | undefined)[] = []
    cache.subscribe(() => seen.push(cache.urls().get('a'.repeat(64))))
    cache.add('a'.repeat(64), new Blob(['x'], { type: 'image/jpeg' }))
    cache.want(['a'.repeat(64)])
    expect(getBlob).not.toHaveBeenCalled()
    expect(cache.urlFor('a'.repeat(64))).toBe('blob:test/1')
    expect(seen).toEqual(['blob:test/1']) // listeners hear of a URL once it is there
    const after = cache.urls()
    expect(after).not.toBe(before)
    cache.add('a'.repeat(64), new Blob(['x'], { type: 'image/jpeg' }))
    expect(cache.urls()).toBe(after)
  })
})
