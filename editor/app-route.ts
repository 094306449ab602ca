import { useSyncExternalStore } from 'react'

/** The views of an open story, in the address: `#/story/<id>/scenes/<sceneId>`, `…/map`, `…/play`… */
export const storyViews = ['scenes', 'map', 'captions', 'languages', 'credits', 'play'] as const

/** One view (tab) of an open story. */
export type StoryView = (typeof storyViews)[number]

/** The screens of the editor, addressed by the URL hash so a reload (and Back) stays on the same place. */
export type AppRoute =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'story'; id: string; view: StoryView; sceneId: string | null }
  | { name: 'play'; id: string }

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/**
 * `#/`, `#/trash`, `#/story/<id>` (the Scenes tab), `#/story/<id>/scenes/<sceneId>`, `#/story/<id>/map`,
 * `#/story/<id>/play` (and `…/captions`, `…/languages`, `…/credits`), `#/play/<id>`; anything else is the
 * library. Ids are URI-encoded.
 */
export const parseRoute = (hash: string): AppRoute => {
  if (hash === '#/trash') return { name: 'trash' }
  const play = /^#\/play\/(.+)$/.exec(hash)
  const playId = play ? decode(play[1]!) : null
  if (playId) return { name: 'play', id: playId }
  const [, rawId, view, rawScene] = /^#\/story\/([^/]+)(?:\/(scenes|map|captions|languages|credits|play)(?:\/([^/]+))?)?\/?$/.exec(hash) ?? []
  const id = rawId === undefined ? null : decode(rawId)
  if (!id) return { name: 'library' }
  const sceneId = rawScene === undefined ? null : decode(rawScene)
  if (rawScene !== undefined && (view !== 'scenes' || !sceneId)) return { name: 'library' }
  return { name: 'story', id, view: (view as StoryView | undefined) ?? 'scenes', sceneId }
}

/** The address of a place in an open story (the inverse of `parseRoute`). */
export const storyPlaceHash = (id: string, view: StoryView = 'scenes', sceneId: string | null = null): string => {
  const base = `#/story/${encodeURIComponent(id)}`
  if (view === 'scenes') return sceneId ? `${base}/scenes/${encodeURIComponent(sceneId)}` : base
  return `${base}/${view}`
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current route; re-renders on hash changes. */
export const useRoute = (): AppRoute => {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseRoute(hash)
}
