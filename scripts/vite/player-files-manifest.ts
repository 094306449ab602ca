import type { OutputBundle, OutputChunk } from 'rolldown'

/**
 * What a published story needs of the built player, read from the bundle graph of `play/index.html`:
 * the entry chunk, every chunk it imports (statically or lazily, e.g. the 3D view and the headset
 * session), their CSS and the assets they use (fonts). Left out: @react-three/xr's emulator and the
 * IWER rooms it loads (they exist only for desktop emulation, megabytes a story never uses).
 */
export type PlayerFiles = {
  version: 1
  /** The module script the page loads, relative to the publish folder (`assets/player-….js`). */
  entry: string
  /** Stylesheets the page links. */
  styles: string[]
  /** Every file to copy next to index.html (entry and styles included). */
  files: string[]
  /** The single-file (IIFE) form: one script and one stylesheet with everything inlined. */
  single: { script: string; style: string }
  /** The headset controller and hand models, served by the app at `/xr-profiles/<path>`. */
  xrProfiles: string[]
}

export const emulatorModule = /@pmndrs[\\/]xr[\\/]dist[\\/]emulate\.js$/
const iwerModule = /node_modules[\\/](?:@iwer[\\/]|iwer[\\/])/

/** True for @react-three/xr's emulator chunk (pulled in by `emulate`) and chunks made only of IWER (its rooms). */
export const isEmulatorChunk = (chunk: Pick<OutputChunk, 'moduleIds' | 'facadeModuleId'>): boolean =>
  (chunk.facadeModuleId !== null && emulatorModule.test(chunk.facadeModuleId)) ||
  (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => iwerModule.test(id)))

type CssMeta = { viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> } }

/** Walks the graph from the chunk whose facade is `entryModule`; returns its files, entry and styles. */
export const playerFilesOf = (bundle: OutputBundle, entryModule: (id: string) => boolean): Pick<PlayerFiles, 'entry' | 'styles' | 'files'> => {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk')
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId !== null && entryModule(chunk.facadeModuleId))
  if (!entry) throw new Error('player-files: the player entry chunk is not in the bundle')
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const files = new Set<string>()
  const styles = new Set<string>()
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return
    files.add(chunk.fileName)
    const meta = (chunk as OutputChunk & CssMeta).viteMetadata
    for (const css of meta?.importedCss ?? []) {
      files.add(css)
      if (chunk === entry) styles.add(css)
    }
    for (const asset of meta?.importedAssets ?? []) files.add(asset)
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) {
      const target = byName.get(next)
      if (target && !isEmulatorChunk(target)) visit(target)
    }
  }
  visit(entry)
  // CSS of lazily loaded chunks is linked by Vite's preload helper at run time; it must be there too.
  return { entry: entry.fileName, styles: [...styles], files: [...files].sort() }
}
