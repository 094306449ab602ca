import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, normalize, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Ships the WebXR controller and hand models the player needs, so a headset works offline and with
 * nothing fetched from a CDN: @pmndrs/xr is pointed at `xr-profiles/` next to the page. Only the
 * profiles of the headsets workshops use are shipped (Quest 3/3S/Pro controllers, Quest 2 controllers,
 * hands); others fall back to gaze and hand input.
 */
export const shippedXrProfiles = [
  'meta-quest-touch-plus',
  'meta-quest-touch-plus-v2',
  'meta-quest-touch-pro',
  'oculus-touch-v3',
  'generic-hand',
] as const
const routePrefix = '/xr-profiles/'

/**
 * profilesList.json limited to the shipped folders: the loader takes the first profile a device reports
 * that the list names, so listing only what exists lets a device fall back to a shipped profile.
 */
const filteredProfilesList = (source: string): string => {
  const list = JSON.parse(readFileSync(join(source, 'profilesList.json'), 'utf8')) as Record<string, { path: string }>
  const kept = Object.entries(list).filter(([, entry]) => shippedXrProfiles.some((profile) => entry.path.startsWith(`${profile}/`)))
  return JSON.stringify(Object.fromEntries(kept))
}

export const xrProfilesPlugin = (root: string): Plugin => {
  const source = join(root, 'node_modules/@webxr-input-profiles/assets/dist/profiles')
  const allowed = (relative: string) =>
    relative === 'profilesList.json' || shippedXrProfiles.some((profile) => relative.startsWith(`${profile}/`))
  let outDir = resolve(root, 'dist')
  let isBuild = false
  return {
    name: 'storysphere-xr-profiles',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      // Vitest resolves this config as a build into a dummy folder it never writes; copy only for real builds.
      isBuild = config.command === 'build' && !outDir.endsWith('dummy-non-existing-folder')
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? ''
        const at = path.indexOf(routePrefix)
        if (at < 0) return next()
        const relative = normalize(decodeURIComponent(path.slice(at + routePrefix.length)))
        const file = join(source, relative)
        if (!allowed(relative) || !file.startsWith(source) || !existsSync(file) || !statSync(file).isFile()) return next()
        if (relative === 'profilesList.json') {
          response.setHeader('Content-Type', 'application/json')
          response.end(filteredProfilesList(source))
          return
        }
        response.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'model/gltf-binary')
        createReadStream(file).pipe(response)
      })
    },
    closeBundle() {
      if (!isBuild || !existsSync(source)) return
      const target = join(outDir, 'xr-profiles')
      mkdirSync(target, { recursive: true })
      writeFileSync(join(target, 'profilesList.json'), filteredProfilesList(source))
      for (const profile of shippedXrProfiles) cpSync(join(source, profile), join(target, profile), { recursive: true })
    },
  }
}
