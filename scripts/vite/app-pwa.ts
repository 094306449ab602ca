import { VitePWA } from 'vite-plugin-pwa'

/**
 * The app works offline once loaded, and can be installed (issue 7): vite-plugin-pwa (workbox) writes
 * `app-sw.js`, which precaches the app shell (editor and player pages, their scripts, styles and fonts),
 * the samples' index and story files, and the install icons. Left out: the publishable player copy
 * (`publish/`, fetched only when publishing, with a network), the sample media (copied into the
 * library's IndexedDB at first start, so the editor has them offline anyway), the headset models and the
 * XR emulator's chunks (megabytes no one uses offline). No navigation fallback: every page is a real file,
 * and published stories under /s/ have their own worker. Registered by editor/app-offline and the /play/ page.
 */
export const appPwa = () =>
  VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    filename: 'app-sw.js',
    manifestFilename: 'manifest.webmanifest',
    includeAssets: [],
    manifest: {
      name: 'Storysphere',
      short_name: 'Storysphere',
      description: 'Make and play 360° stories about the places in your life.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f4f3ef',
      theme_color: '#1d4fbf',
      icons: [
        { src: 'icons/storysphere-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/storysphere-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      ],
    },
    workbox: {
      globPatterns: ['*.html', 'play/*.html', 'assets/*.{js,css,ttf,woff2}', 'samples/index.json', 'samples/*/story.json', 'icons/*.png'],
      globIgnores: ['publish/**', 'assets/emulate-*.js', 'assets/*_room-*.js', 'assets/office_*.js'],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  })
