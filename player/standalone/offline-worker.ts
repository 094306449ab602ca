/**
 * Service workers of the standalone page:
 * - a published website names its own in `<meta name="storysphere-offline" content="sw.js">`; it keeps
 *   that story playable without a network once opened;
 * - otherwise this is the app's /play/ page, which registers the app's worker (`app-sw.js`, made by
 *   vite-plugin-pwa in a build, see scripts/vite/app-pwa.ts) so the app works offline once loaded.
 * Only over http(s), and only in a build (the dev server has no worker); a single file never registers.
 */
export const registerPublishedWorker = (doc: Document, location: Location): void => {
  if (!('serviceWorker' in navigator) || (location.protocol !== 'https:' && location.protocol !== 'http:')) return
  if (doc.getElementById('storysphere-story')) return
  const published = doc.querySelector<HTMLMetaElement>('meta[name="storysphere-offline"]')?.content
  const script = published ?? (import.meta.hot ? null : `${import.meta.env.BASE_URL}app-sw.js`)
  if (!script) return
  const url = new URL(script, location.href)
  if (url.origin !== location.origin) return
  const scope = published ? './' : import.meta.env.BASE_URL
  navigator.serviceWorker.register(url.href, { scope }).catch((error: unknown) => console.warn('Storysphere: offline copy not set up', error))
}
