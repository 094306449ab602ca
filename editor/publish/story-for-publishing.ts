import type { Story } from '@story-schema'
import { localize, serializeStoryFile } from '@story-schema'
import type { LibraryStorage } from '../persistence/library-storage'
import { storyMediaFiles } from '../persistence/story-media'

/** A story ready to publish: its file, its media bytes by package path, and what is missing. */
export type StoryForPublishing = {
  title: string
  lang: string
  storyJson: string
  media: Map<string, { bytes: Uint8Array; mime: string }>
  missing: string[]
  /** A file name made from the title ("my-street"). */
  slug: string
}

export const slugOf = (title: string): string =>
  title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'story'

/** Total bytes of a story's media, from the story itself (for the size warning before anything is read). */
export const storyMediaBytes = (story: Story): number => storyMediaFiles(story).reduce((sum, file) => sum + file.bytes, 0)

export const storyForPublishing = async (story: Story, storage: Pick<LibraryStorage, 'getMediaBlob'>): Promise<StoryForPublishing> => {
  const media = new Map<string, { bytes: Uint8Array; mime: string }>()
  const missing: string[] = []
  for (const file of storyMediaFiles(story)) {
    const blob = await storage.getMediaBlob(file.sha256)
    if (!blob) missing.push(file.path)
    else media.set(file.path, { bytes: new Uint8Array(await blob.arrayBuffer()), mime: file.mime })
  }
  const title = localize(story.title, story.language, story.language)
  return { title, lang: story.language, storyJson: serializeStoryFile(story), media, missing, slug: slugOf(title) }
}
