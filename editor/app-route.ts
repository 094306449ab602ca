import { useSyncExternalStore } from 'react'

/** The screens of the editor, addressed by the URL hash so a reload stays on the same screen. */
export type AppRoute = { name: 'library' } | { name: 'trash' } | { name: 'story'; id: string } | { name: 'play'; id: string }

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/** `#/`, `#/trash`, `#/story/<id>`, `#/play/<id>`; anything else is the library. */
export const parseRoute = (hash: string): AppRoute => {
  const [, screen, id] = /^#\/(story|play|trash)(?:\/(.+))?$/.exec(hash) ?? []
  if (screen === 'trash' && id === undefined) return { name: 'trash' }
  const storyId = id === undefined ? null : decode(id)
  if ((screen === 'story' || screen === 'play') && storyId) return { name: screen, id: storyId }
  return { name: 'library' }
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
