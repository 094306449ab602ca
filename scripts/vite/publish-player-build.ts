import { readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { InlineConfig, Plugin } from 'vite'
import { build } from 'vite'
import type { PlayerFiles } from './player-files-manifest.ts'
import { firstFrameChunk } from './first-frame-chunk.ts'
import { emulatorModule, playerFilesOf } from './player-files-manifest.ts'
import { shippedXrProfiles } from './xr-profiles-plugin.ts'

/**
 * Builds what "Publish" puts in a story's folder, separately from the app (the app's own build has
 * absolute `/assets/` addresses; a published folder can live anywhere, so this one uses `base: './'`):
 * - the standalone player page as ES modules (`assets/…`), and `player-files.json` saying which files
 *   it needs (from the bundle graph of play/index.html);
 * - the same player as ONE classic script and ONE stylesheet with fonts inlined (`single/`), for the
 *   single-file story and `play-offline.html`, which must work from file:// where module scripts don't.
 */
const aliases = (root: string) => ({
  '@story-schema': resolve(root, 'story-schema/index.ts'),
  '@player': resolve(root, 'player/index.ts'),
  '@i18n': resolve(root, 'i18n/index.ts'),
})

const xrProfileFiles = (root: string): string[] => {
  const source = join(root, 'node_modules/@webxr-input-profiles/assets/dist/profiles')
  const files: string[] = ['profilesList.json']
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.push(relative(source, path).split('\\').join('/'))
    }
  }
  for (const profile of shippedXrProfiles) walk(join(source, profile))
  return files
}

const manifestPlugin = (root: string, onFiles: (files: Pick<PlayerFiles, 'entry' | 'styles' | 'files'>) => void): Plugin => ({
  name: 'storysphere-player-files',
  generateBundle(_options, bundle) {
    const playPage = resolve(root, 'play/index.html')
    onFiles(playerFilesOf(bundle, (id) => resolve(id) === playPage))
  },
})

/** The single file never emulates a headset (the player sets `emulate: false`): leave the emulator's megabytes out. */
const noEmulatorPlugin = (): Plugin => ({
  name: 'storysphere-no-xr-emulator',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('emulate.js') || !importer) return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    return resolved && emulatorModule.test(resolved.id) ? '\0storysphere-no-emulator' : null
  },
  load(id) {
    return id === '\0storysphere-no-emulator' ? 'export function emulate() { throw new Error("No XR emulator in a published story") }' : null
  },
})

export const buildPublishPlayer = async (root: string, outDir: string): Promise<PlayerFiles> => {
  // Always a production build (production JSX, no dev checks), even when the app's build runs inside
  // Vitest (NODE_ENV=test) or the dev server asks for it.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    return await buildBoth(root, outDir)
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}

const buildBoth = async (root: string, outDir: string): Promise<PlayerFiles> => {
  const common: InlineConfig = {
    configFile: false,
    mode: 'production',
    root,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: aliases(root) },
  }
  let graph: Pick<PlayerFiles, 'entry' | 'styles' | 'files'> | undefined
  await build({
    ...common,
    plugins: [react(), manifestPlugin(root, (files) => (graph = files))],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: { player: resolve(root, 'play/index.html') },
        // zod and story-schema in one chunk (the zod-jitless switch is set by the entry itself, before
        // any chunk builds a schema: player/standalone/zod-jitless.ts).
        // The first-frame chunk stays apart (it takes story-schema's zod-free angles.ts, not zod).
        output: { codeSplitting: { groups: [firstFrameChunk, { name: 'story-schema', test: /node_modules[\\/]zod[\\/]|[\\/]story-schema[\\/](?!angles\.ts)/ }] } },
      },
    },
  })
  await build({
    ...common,
    plugins: [react(), noEmulatorPlugin()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: join(outDir, 'single'),
      emptyOutDir: true,
      lib: { entry: resolve(root, 'player/standalone/main.ts'), formats: ['iife'], name: 'StorysphereStandalone', fileName: () => 'player.js', cssFileName: 'player' },
    },
  })
  if (!graph) throw new Error('player-files: the player build produced no bundle graph')
  const manifest: PlayerFiles = { version: 1, ...graph, single: { script: 'single/player.js', style: 'single/player.css' }, xrProfiles: xrProfileFiles(root) }
  writeFileSync(join(outDir, 'player-files.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
