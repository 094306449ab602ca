/**
 * A published website names its service worker in `<meta name="storysphere-offline" content="sw.js">`;
 * the page registers it (over http(s) only) so the story keeps playing without a network once opened.
 * Nothing happens on the app's own /play/ page (the app has its own worker, see vite.config.ts).
 */
export const registerPublishedWorker = (doc: Document, location: Location): void => {
  const script = doc.querySelector<HTMLMetaElement>('meta[name="storysphere-offline"]')?.content
  if (!script || !('serviceWorker' in navigator) || (location.protocol !== 'https:' && location.protocol !== 'http:')) return
  const url = new URL(script, location.href)
  if (url.origin !== location.origin) return
  navigator.serviceWorker.register(url.href, { scope: './' }).catch((error: unknown) => console.warn('Storysphere: offline copy not set up', error))
}
