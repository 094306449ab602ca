import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { buildPublishPlayer } from './publish-player-build.ts'

/** Where the editor's "Publish" finds the player's files: `/publish/player-files.json` and the files it names. */
export const publishRoute = '/publish/'

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.html': 'text/html',
}

/**
 * Makes the publishable player (see publish-player-build.ts): in a build, into `<outDir>/publish/`
 * after the app is written; with the dev server (`npm start`), on the first request under /publish/,
 * into node_modules/.cache/storysphere-publish/ (a few seconds; later requests reuse it until restart).
 */
export const publishPlayerPlugin = (root: string): Plugin => {
  let outDir = resolve(root, 'dist')
  let isBuild = false
  let devBuild: Promise<unknown> | null = null
  const cacheDir = resolve(root, 'node_modules/.cache/storysphere-publish')
  return {
    name: 'storysphere-publish-player',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      isBuild = config.command === 'build' && !outDir.endsWith('dummy-non-existing-folder')
    },
    async closeBundle() {
      if (isBuild) await buildPublishPlayer(root, join(outDir, 'publish'))
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? ''
        if (!path.startsWith(publishRoute)) return next()
        devBuild ??= buildPublishPlayer(root, cacheDir).catch((error: unknown) => {
          devBuild = null
          throw error
        })
        devBuild
          .then(() => {
            const file = normalize(join(cacheDir, decodeURIComponent(path.slice(publishRoute.length))))
            if (!file.startsWith(cacheDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next()
            response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream')
            response.setHeader('Cache-Control', 'no-store')
            createReadStream(file).pipe(response)
          })
          .catch((error: unknown) => {
            server.config.logger.error(`Publishing: the player could not be built: ${String(error)}`)
            response.statusCode = 500
            response.end('The player for publishing could not be built; see the terminal.')
          })
      })
    },
  }
}
