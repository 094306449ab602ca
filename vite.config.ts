import { fileURLToPath } from 'node:url'
import basicSsl from '@vitejs/plugin-basic-ssl'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { appPwa } from './scripts/vite/app-pwa.ts'
import { publishPlayerPlugin } from './scripts/vite/publish-player-plugin.ts'
import { shareServerPlugin } from './scripts/vite/share-server-plugin.ts'
import { firstFrameChunk } from './scripts/vite/first-frame-chunk.ts'
import { samplesPlugin } from './scripts/vite/samples-plugin.ts'
import { xrProfilesPlugin } from './scripts/vite/xr-profiles-plugin.ts'

/** `npm run start:lan`: serve over HTTPS with a self-signed certificate, since WebXR needs a secure context. */
const lanHttps = process.env.STORYSPHERE_HTTPS === '1'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * One Vite project, two pages: the editor at `/` and the standalone player at `/play/`.
 * The sample stories are served from `/samples/` (see `samplesPlugin`) in dev and copied into the build.
 */
export default defineConfig({
  plugins: [react(), samplesPlugin(here('.')), xrProfilesPlugin(here('.')), publishPlayerPlugin(here('.')), shareServerPlugin(here('.')), appPwa(), ...(lanHttps ? [basicSsl({ name: 'storysphere' })] : [])],
  resolve: {
    alias: {
      '@story-schema': here('story-schema/index.ts'),
      '@player': here('player/index.ts'),
      '@i18n': here('i18n/index.ts'),
    },
  },
  publicDir: 'public',
  server: { port: 5173, host: true },
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: {
        editor: here('index.html'),
        player: here('play/index.html'),
      },
      output: {
        // Name the shared 3D runtime after what it is; headset (XR) code stays in its own lazy chunks, and so
        // does troika (3D text: hotspot labels load after the first picture, player/scene/hotspot-label.tsx).
        // React and the small state libraries every page needs get their own chunk first (higher
        // priority): otherwise vendor-3d takes them in as dependencies of @react-three/fiber and every
        // page, the editor's home included, has to load the 3D runtime to start (tests/bench/README.md).
        codeSplitting: {
          groups: [
            firstFrameChunk,
            { name: 'vendor-react', priority: 2, test: /^(?!.*node_modules.*node_modules).*node_modules[\\/](react|react-dom|scheduler|zustand|use-sync-external-store)[\\/]/ },
            { name: 'vendor-3d', priority: 1, test: /^(?!.*node_modules.*node_modules).*node_modules[\\/](three|@react-three[\\/]fiber)[\\/]/ },
          ],
        },
      },
    },
  },
})
