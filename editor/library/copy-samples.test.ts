import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createMemoryLibraryStorage } from '../persistence/memory-library-storage'
import type { SampleCopyProgress } from './copy-samples'
import { copySamples } from './copy-samples'

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url))
const base = 'http://app.test/'

/** A fetch that serves samples/ from disk; `offline` makes chosen paths fail like a lost connection. */
const diskFetch = (offline: (path: string) => boolean = () => false): typeof fetch =>
  (async (input: URL | RequestInfo) => {
    const url = new URL(String(input))
    const path = url.pathname.replace(/^\/samples\//, '')
    if (offline(path)) throw new TypeError('Failed to fetch')
    try {
      return new Response(await readFile(samplesDir + path))
    } catch {
      return new Response('not found', { status: 404 })
    }
  }) as typeof fetch

/** First start: the samples are copied into the library (story.json + media by sha-256). */
describe('copying the samples', () => {
  test('copies every sample with all its media, reports progress, and never twice', async () => {
    const storage = createMemoryLibraryStorage()
    const seen: SampleCopyProgress[] = []
    const result = await copySamples({ storage, baseUrl: base, fetch: diskFetch(), onProgress: (p) => seen.push(p) })
    expect(result).toEqual({ phase: 'done', copied: ['My street', 'Harbour at dawn'] })
    expect(seen.some((p) => p.phase === 'copying' && p.done > 0 && p.done <= p.total)).toBe(true)
    const list = await storage.listStories()
    expect(list.map((s) => s.kind === 'story' && s.title).sort()).toEqual(['Harbour at dawn', 'My street'])
    expect(list.every((s) => s.kind === 'story' && s.thumbnail !== null)).toBe(true)
    expect((await storage.getBackupState()).editsSinceBackup).toBe(0)
    await storage.trashStory('story:my-street')
    await storage.emptyTrash()
    expect(await copySamples({ storage, baseUrl: base, fetch: diskFetch() })).toEqual({ phase: 'done', copied: [] })
    expect((await storage.listStories()).map((s) => s.id)).toEqual(['story:harbour-at-dawn'])
  }, 30_000)

  test('offline part-way: says so, keeps what fully arrived, and finishes on the next try', async () => {
    const storage = createMemoryLibraryStorage()
    const result = await copySamples({ storage, baseUrl: base, fetch: diskFetch((path) => path.startsWith('harbour-at-dawn/audio/')) })
    expect(result).toMatchObject({ phase: 'failed', offline: true, copied: ['My street'] })
    expect((await storage.listStories()).map((s) => s.id)).toEqual(['story:my-street'])
    expect(await copySamples({ storage, baseUrl: base, fetch: diskFetch() })).toEqual({ phase: 'done', copied: ['Harbour at dawn'] })
    // A later visit without a connection says nothing: the samples are already here.
    expect(await copySamples({ storage, baseUrl: base, fetch: diskFetch(() => true) })).toEqual({ phase: 'done', copied: [] })
  }, 30_000)

  test('no connection at all: a plain failure, nothing stored', async () => {
    const storage = createMemoryLibraryStorage()
    expect(await copySamples({ storage, baseUrl: base, fetch: diskFetch(() => true) })).toMatchObject({ phase: 'failed', offline: true, copied: [] })
    expect(await storage.listStories()).toEqual([])
  })
})
