/**
 * The standalone page's `?story=` address: only http(s) on this page's own origin is accepted, so a
 * link cannot make the player load someone else's files (B-26). Asset paths resolve against it.
 */
export type StoryUrl = { ok: true; url: URL } | { ok: false; reason: 'missing' | 'not-allowed' }

export const storyUrlFrom = (pageUrl: string): StoryUrl => {
  const page = new URL(pageUrl)
  const raw = page.searchParams.get('story')
  if (!raw) return { ok: false, reason: 'missing' }
  let url: URL
  try {
    url = new URL(raw, page)
  } catch {
    return { ok: false, reason: 'not-allowed' }
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== page.origin) return { ok: false, reason: 'not-allowed' }
  return { ok: true, url }
}

/** A package path ("images/x.jpg") as a URL next to story.json. */
export const assetResolverFor = (storyUrl: URL) => (path: string): string => new URL(path, storyUrl).href
