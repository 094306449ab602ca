import { storyUrlFrom } from './story-url'

/**
 * Where the standalone page gets its story, in this order:
 * - a published single file: the story and its media as JSON data blocks inside the page
 *   (`<script type="application/json" id="storysphere-story">` and `…-media`; data blocks never run);
 * - `?story=<url>` (same origin only, B-26);
 * - a published website: `<meta name="storysphere-story" content="story.json">`, next to the page.
 */
export type StorySource =
  | { kind: 'inline'; text: string; mediaUrls: ReadonlyMap<string, string> }
  | { kind: 'url'; url: URL }
  | { kind: 'missing' }
  | { kind: 'not-allowed' }

export const inlineStoryId = 'storysphere-story'
export const inlineMediaId = 'storysphere-media'
export const storyMetaName = 'storysphere-story'

/** Package path → data: URL, from the media data block (anything but strings is left out). */
export const mediaUrlsFrom = (json: string | null | undefined): Map<string, string> => {
  const urls = new Map<string, string>()
  if (!json) return urls
  const parsed = JSON.parse(json) as unknown
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return urls
  for (const [path, url] of Object.entries(parsed)) {
    if (typeof url === 'string' && url.startsWith('data:')) urls.set(path, url)
  }
  return urls
}

export const storySourceOf = (doc: Document, pageUrl: string): StorySource => {
  const inline = doc.getElementById(inlineStoryId)
  if (inline?.textContent) {
    return { kind: 'inline', text: inline.textContent, mediaUrls: mediaUrlsFrom(doc.getElementById(inlineMediaId)?.textContent) }
  }
  const fromQuery = storyUrlFrom(pageUrl)
  if (fromQuery.ok) return { kind: 'url', url: fromQuery.url }
  if (fromQuery.reason === 'not-allowed') return { kind: 'not-allowed' }
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${storyMetaName}"]`)?.content
  if (!meta) return { kind: 'missing' }
  const fromMeta = storyUrlFrom(`${pageUrl.split('?')[0] ?? pageUrl}?story=${encodeURIComponent(meta)}`)
  return fromMeta.ok ? { kind: 'url', url: fromMeta.url } : { kind: 'not-allowed' }
}
