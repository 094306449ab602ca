import { cpSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Ships `samples/` with the app: Vite's dev server already serves it from the project root at
 * `/samples/…`; for a build it is copied into `dist/samples/`.
 */
export const samplesPlugin = (root: string): Plugin => {
  let outDir = resolve(root, 'dist')
  return {
    name: 'storysphere-samples',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const from = join(root, 'samples')
      if (!existsSync(from)) return
      cpSync(from, join(outDir, 'samples'), {
        recursive: true,
        filter: (source) => !source.endsWith('.md') && !source.endsWith('media-manifest.json'),
      })
    },
  }
}
