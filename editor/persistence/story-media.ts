import type { Story } from '@story-schema'

/** One media file a story uses: an asset or one of its smaller copies. */
export type StoryMediaFile = { path: string; sha256: string; mime: string; bytes: number }

/** Every media file of a story (assets and their derivatives), each path once. */
export const storyMediaFiles = (story: Pick<Story, 'assets'>): StoryMediaFile[] => {
  const files = new Map<string, StoryMediaFile>()
  for (const asset of story.assets) {
    const all = [asset, ...('derivatives' in asset ? asset.derivatives : [])]
    for (const file of all) {
      if (!files.has(file.path)) files.set(file.path, { path: file.path, sha256: file.sha256, mime: file.mime, bytes: file.bytes })
    }
  }
  return [...files.values()]
}

/** The distinct sha-256 values a story references. */
export const storyMediaHashes = (story: Story): string[] => [...new Set(storyMediaFiles(story).map((file) => file.sha256))]

/** The smallest picture of the start scene's panorama (its preview if it has one), for a thumbnail. */
export const storyThumbnail = (story: Story): { sha256: string; mime: string } | null => {
  const scene = story.scenes.find((candidate) => candidate.id === story.startSceneId) ?? story.scenes[0]
  const asset = scene && story.assets.find((candidate) => candidate.id === scene.panoramaAssetId)
  if (!asset || asset.kind === 'audio') return null
  const smallest = [...asset.derivatives].sort((a, b) => a.widthPx - b.widthPx)[0]
  const file = smallest ?? asset
  return { sha256: file.sha256, mime: file.mime }
}
