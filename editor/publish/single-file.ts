import type { PlayerFiles } from './player-files'
import { fetchText, publishBase } from './player-files'
import { dataUrlsOf } from './media-data-urls'
import { singleFileHtml } from './single-file-html'
import type { StoryForPublishing } from './story-for-publishing'

/** Above this, the dialog warns that one file will be slow to open (phones may fail to open it at all). */
export const singleFileWarnBytes = 30 * 1024 * 1024

/** Roughly how big the single file of a story will be: media grow by a third as base64, plus the player (~4 MB). */
export const estimatedSingleFileBytes = (mediaBytes: number): number => Math.ceil((mediaBytes * 4) / 3) + 4 * 1024 * 1024

export const singleFileBlob = async (story: StoryForPublishing, player: PlayerFiles): Promise<Blob> => {
  const html = await singleFileHtml({
    title: story.title,
    lang: story.lang,
    storyJson: story.storyJson,
    mediaUrls: await dataUrlsOf(story.media),
    script: await fetchText(new URL(player.single.script, publishBase())),
    style: await fetchText(new URL(player.single.style, publishBase())),
  })
  return new Blob([html], { type: 'text/html' })
}
