import { strToU8, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { offlineWorkerSource } from './offline-worker-source'
import type { PlayerFiles } from './player-files'
import { fetchBytes, fetchText, publishBase, xrProfilesBase } from './player-files'
import { readmeText } from './published-readme'
import { singleFileHtml } from './single-file-html'
import type { StoryForPublishing } from './story-for-publishing'
import { dataUrlsOf } from './media-data-urls'
import { websiteHtml } from './website-html'

/**
 * The "website" zip: a folder that any static host (or the share server) can serve as it is:
 *   index.html        the player page (module scripts; strict CSP; loads story.json; registers sw.js)
 *   play-offline.html the same story as ONE file, for opening from a folder or USB stick (file://)
 *   sw.js             keeps it playable offline once opened
 *   story.json, images/…, audio/…   the story and its media
 *   assets/…          only the player's files (from player-files.json; no editor, no XR emulator)
 *   xr-profiles/…     headset controller and hand models
 *   README.txt        how to use the folder
 * Everything sits in one top folder named after the story.
 */
export const websiteZip = async (story: StoryForPublishing, player: PlayerFiles, version: string): Promise<Blob> => {
  const files = new Map<string, Uint8Array>()
  for (const name of player.files) files.set(name, await fetchBytes(new URL(name, publishBase())))
  for (const name of player.xrProfiles) files.set(`xr-profiles/${name}`, await fetchBytes(new URL(name, xrProfilesBase())))
  for (const [path, file] of story.media) files.set(path, file.bytes)
  files.set('story.json', strToU8(story.storyJson))
  files.set('index.html', strToU8(websiteHtml({ title: story.title, lang: story.lang, player, openingPreview: story.openingPreview })))
  const single = await singleFileHtml({
    title: story.title,
    lang: story.lang,
    storyJson: story.storyJson,
    mediaUrls: await dataUrlsOf(story.media),
    script: await fetchText(new URL(player.single.script, publishBase())),
    style: await fetchText(new URL(player.single.style, publishBase())),
  })
  files.set('play-offline.html', strToU8(single))
  files.set('README.txt', strToU8(readmeText(story.title)))
  const cached = [...files.keys()].filter((name) => name !== 'play-offline.html' && name !== 'README.txt').sort()
  files.set('sw.js', strToU8(offlineWorkerSource(cached, version)))

  const tree: Zippable = {}
  for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const stored = /\.(jpe?g|png|webp|mp3|ogg|m4a|glb)$/.test(name)
    tree[`${story.slug}/${name}`] = [bytes, { level: stored ? 0 : 6 }]
  }
  const zipped = zipSync(tree)
  return new Blob([zipped as BlobPart], { type: 'application/zip' })
}
