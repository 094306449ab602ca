/**
 * sw.js of a published website: on install it stores every file of the folder in a cache named after
 * its scope and this publication; it answers from that cache first, so once opened the story plays
 * without a network (a reload included). Older caches of the same folder are removed on activate.
 */
export const offlineWorkerSource = (files: readonly string[], version: string): string => `// Storysphere: keeps this story playable offline once it has been opened.
const FILES = ${JSON.stringify(['./', ...files])};
const PREFIX = 'storysphere:' + self.registration.scope + ':';
const CACHE = PREFIX + ${JSON.stringify(version)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true })).then((hit) => hit || fetch(event.request)),
  );
});
`
