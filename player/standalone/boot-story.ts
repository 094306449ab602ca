import type { StorySource } from './story-source'
import { assetResolverFor } from './story-url'

/**
 * The standalone page's story file, fetched by the small entry (main.ts) before the player's code so
 * the first frame can start at once; `PlayPage` turns the outcome into the player or a message.
 */
export type BootStory =
  | { kind: 'text'; text: string; resolveAssetUrl: (path: string) => string }
  | { kind: 'http-error'; status: string }
  | { kind: 'network-error'; message: string }
  | { kind: 'not-allowed' }
  | { kind: 'missing' }

export const bootStory = async (source: StorySource): Promise<BootStory> => {
  if (source.kind === 'inline') return { kind: 'text', text: source.text, resolveAssetUrl: (path) => source.mediaUrls.get(path) ?? 'data:,' }
  if (source.kind !== 'url') return { kind: source.kind }
  try {
    const response = await fetch(source.url, { credentials: 'same-origin' })
    if (!response.ok) return { kind: 'http-error', status: `${response.status} ${response.statusText}`.trim() }
    return { kind: 'text', text: await response.text(), resolveAssetUrl: assetResolverFor(source.url) }
  } catch (error) {
    return { kind: 'network-error', message: error instanceof Error ? error.message : String(error) }
  }
}
