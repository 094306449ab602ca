import type { Story } from '@story-schema'
import { makeBlankStory } from '../../library/blank-story'
import type { LibraryStorage } from '../library-storage'

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Stores two small "pictures" and answers a valid one-scene story that uses them (for unit tests). */
export const storeTestStory = async (storage: LibraryStorage, { title = 'Test story', id }: { title?: string; id?: string } = {}): Promise<Story> => {
  const pano = await storage.putMedia(bytesOf(`panorama of ${title}`), 'image/jpeg')
  const preview = await storage.putMedia(bytesOf(`preview of ${title}`), 'image/jpeg')
  if (!pano.ok || !preview.ok) throw new Error('could not store test media')
  return makeBlankStory({
    id,
    title,
    panorama: { sha256: pano.sha256, bytes: pano.bytes, mime: 'image/jpeg', widthPx: 2048, heightPx: 1024 },
    preview: { sha256: preview.sha256, bytes: preview.bytes, mime: 'image/jpeg', widthPx: 256, heightPx: 128 },
  })
}

/** The story with another title in its own language. */
export const retitled = (story: Story, title: string): Story => ({ ...story, title: { ...story.title, [story.language]: title } })
