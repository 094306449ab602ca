import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vite'
import baseConfig from '../../vite.config.ts'

/**
 * `npm run bench` builds the app exactly as `vite build` does (same plugins, same chunking) plus the
 * bench page (tests/bench/player-page), with relative asset URLs so the harness can serve the build
 * under /ext/<page>/, into BENCH_OUT_DIR (a folder under node_modules/.cache, never dist/).
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default mergeConfig(
  baseConfig,
  defineConfig({
    base: './',
    build: {
      outDir: process.env.BENCH_OUT_DIR ?? here('../../node_modules/.cache/storysphere-bench/app'),
      emptyOutDir: true,
      rolldownOptions: { input: { bench: here('../../tests/bench/player-page/index.html') } },
    },
  }),
)
