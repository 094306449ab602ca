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
  /** The opening scene's preview picture, fetched by the page along with its code (website-html.ts). */
  openingPreview: string | null
}

/** The smallest preview of the start scene's panorama: what the published page paints first. */
export const openingPreviewOf = (story: Story): string | null => {
  const scene = story.scenes.find((s) => s.id === story.startSceneId)
  const asset = story.assets.find((a) => a.id === scene?.panoramaAssetId)
  if (!asset || asset.kind !== 'panorama') return null
  const previews = asset.derivatives.filter((d) => d.role === 'preview').sort((a, b) => a.widthPx - b.widthPx)
  return previews[0]?.path ?? null
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
  const preview = openingPreviewOf(story)
  const openingPreview = preview && media.has(preview) ? preview : null
  return { title, lang: story.language, storyJson: serializeStoryFile(story), media, missing, slug: slugOf(title), openingPreview }
}
