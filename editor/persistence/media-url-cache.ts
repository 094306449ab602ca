import type { Story } from '@story-schema'
import type { ObjectUrls } from './media-url-resolver'
import { missingMediaUrl } from './media-url-resolver'
import { storyMediaFiles } from './story-media'

const browserUrls: ObjectUrls = { create: (blob) => URL.createObjectURL(blob), revoke: (url) => URL.revokeObjectURL(url) }

/**
 * Object URLs of media files by sha-256, for a story being edited: files the story gains while it is
 * open (an imported photo) are added at once with `add`, the rest are read from storage on `want`.
 * URLs stay until `dispose` (an undone import may come back with Redo). `urls()` is a new map whenever
 * a URL appears or a file turns out missing, so a React view can re-render (`subscribe` + `urls`).
 */
export type MediaUrlCache = {
  /** The URL of a file, or undefined while it is loading or when storage does not have it. */
  urlFor: (sha256: string) => string | undefined
  /** Registers bytes just stored (the caller already has them), so no read is needed. */
  add: (sha256: string, blob: Blob) => void
  /** Reads the files not known yet from storage. */
  want: (hashes: Iterable<string>) => void
  /** True while some wanted file is still being read. */
  loading: () => boolean
  /** True when every one of `hashes` has a URL or is known to be missing (nothing left to wait for). */
  settled: (hashes: Iterable<string>) => boolean
  /** Wanted files storage does not have. */
  missing: () => readonly string[]
  /** sha-256 → object URL; the same map until something changes (for `useSyncExternalStore`). */
  urls: () => ReadonlyMap<string, string>
  subscribe: (listener: () => void) => () => void
  /** Revokes every URL; later calls do nothing. */
  dispose: () => void
}

/** A new cache reading from `getBlob` (the library storage's `getMediaBlob`). */
export const createMediaUrlCache = (getBlob: (sha256: string) => Promise<Blob | null>, urls: ObjectUrls = browserUrls): MediaUrlCache => {
  let made = new Map<string, string>()
  const reading = new Set<string>()
  const absent = new Set<string>()
  const listeners = new Set<() => void>()
  let disposed = false
  const changed = (url?: [string, string]) => {
    made = new Map(url ? [...made, url] : made)
    for (const listener of [...listeners]) listener()
  }
  const add = (sha256: string, blob: Blob) => {
    if (disposed || made.has(sha256)) return
    absent.delete(sha256)
    changed([sha256, urls.create(blob)])
  }
  const read = async (sha256: string) => {
    reading.add(sha256)
    const blob = await getBlob(sha256).catch(() => null)
    reading.delete(sha256)
    if (disposed) return
    if (blob) add(sha256, blob)
    else {
      absent.add(sha256)
      changed()
    }
  }
  return {
    urlFor: (sha256) => made.get(sha256),
    add,
    want: (hashes) => {
      if (disposed) return
      for (const sha256 of hashes) if (!made.has(sha256) && !reading.has(sha256) && !absent.has(sha256)) void read(sha256)
    },
    loading: () => reading.size > 0,
    settled: (hashes) => [...hashes].every((sha256) => made.has(sha256) || absent.has(sha256)),
    missing: () => [...absent],
    urls: () => made,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose: () => {
      if (disposed) return
      disposed = true
      for (const url of made.values()) urls.revoke(url)
      made = new Map()
      listeners.clear()
    },
  }
}

/** Each package path of a story's assets (and their copies) with the sha-256 of its bytes. */
export const storyMediaHashesByPath = (story: Pick<Story, 'assets'>): ReadonlyMap<string, string> =>
  new Map(storyMediaFiles(story).map((file) => [file.path, file.sha256]))

/** A `resolveAssetUrl` for the story whose paths are `byPath`: known files as object URLs (`urls()`), the rest as an empty answer. */
export const resolverFor = (byPath: ReadonlyMap<string, string>, urls: ReadonlyMap<string, string>) => (path: string): string => {
  const sha256 = byPath.get(path)
  return (sha256 && urls.get(sha256)) || missingMediaUrl
}
