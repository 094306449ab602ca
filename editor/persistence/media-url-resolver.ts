import type { Story } from '@story-schema'
import type { MediaUrlResolver } from './library-storage'
import { storyMediaFiles } from './story-media'

/** What a resolver needs from the platform; tests pass fakes. */
export type ObjectUrls = { create: (blob: Blob) => string; revoke: (url: string) => void }
const browserUrls: ObjectUrls = { create: (blob) => URL.createObjectURL(blob), revoke: (url) => URL.revokeObjectURL(url) }

/** The address a missing file resolves to: an empty answer the player treats as a failed picture or sound. */
export const missingMediaUrl = 'data:,'

/**
 * Reads every media file of `story` (same bytes shared by several paths are read once) and maps each
 * package path to an object URL. `dispose` revokes them all; call it when the player goes away.
 */
export const createMediaUrlResolver = async (
  story: Story,
  getBlob: (sha256: string) => Promise<Blob | null>,
  urls: ObjectUrls = browserUrls,
): Promise<MediaUrlResolver> => {
  const files = storyMediaFiles(story)
  const byHash = new Map<string, string | null>()
  await Promise.all(
    [...new Set(files.map((file) => file.sha256))].map(async (sha256) => {
      const blob = await getBlob(sha256)
      byHash.set(sha256, blob ? urls.create(blob) : null)
    }),
  )
  const byPath = new Map<string, string>()
  const missing: string[] = []
  for (const file of files) {
    const url = byHash.get(file.sha256)
    if (url) byPath.set(file.path, url)
    else missing.push(file.path)
  }
  let disposed = false
  return {
    resolve: (path) => (disposed ? missingMediaUrl : (byPath.get(path) ?? missingMediaUrl)),
    missing,
    dispose: () => {
      if (disposed) return
      disposed = true
      for (const url of byHash.values()) if (url) urls.revoke(url)
    },
  }
}
