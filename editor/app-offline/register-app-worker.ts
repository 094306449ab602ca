import { Workbox } from 'workbox-window'

/**
 * Registers the app's service worker (`app-sw.js`, scripts/vite/app-pwa.ts) in a build, and says once
 * when everything the app needs is stored, so it works offline from now on. Nothing in dev.
 */
export const registerAppWorker = (onOfflineReady: () => void): void => {
  // Not under the dev server (no worker there); `import.meta.env.PROD` is false in builds made inside Vitest.
  if (import.meta.hot || !('serviceWorker' in navigator)) return
  const workbox = new Workbox(`${import.meta.env.BASE_URL}app-sw.js`, { scope: import.meta.env.BASE_URL })
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) onOfflineReady()
  })
  workbox.register().catch((error: unknown) => console.warn('Storysphere: could not set up working offline', error))
}
