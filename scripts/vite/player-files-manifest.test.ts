import type { OutputBundle, OutputChunk } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { isEmulatorChunk, playerFilesOf } from './player-files-manifest'

type FakeChunk = Pick<OutputChunk, 'type' | 'fileName' | 'isEntry' | 'facadeModuleId' | 'imports' | 'dynamicImports' | 'moduleIds'> & {
  viteMetadata: { importedCss: Set<string>; importedAssets: Set<string> }
}
const chunk = (fileName: string, more: Partial<FakeChunk> = {}): FakeChunk => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  facadeModuleId: null,
  imports: [],
  dynamicImports: [],
  moduleIds: [`/app/${fileName}.ts`],
  viteMetadata: { importedCss: new Set(), importedAssets: new Set() },
  ...more,
})

const bundle = Object.fromEntries(
  [
    chunk('assets/player.js', {
      isEntry: true,
      facadeModuleId: '/app/play/index.html',
      imports: ['assets/react.js'],
      dynamicImports: ['assets/panorama-view.js'],
      viteMetadata: { importedCss: new Set(['assets/player.css']), importedAssets: new Set() },
    }),
    chunk('assets/react.js'),
    chunk('assets/panorama-view.js', {
      dynamicImports: ['assets/xr-session.js'],
      viteMetadata: { importedCss: new Set(), importedAssets: new Set(['assets/dejavu.ttf']) },
    }),
    chunk('assets/xr-session.js', { dynamicImports: ['assets/emulate.js'] }),
    chunk('assets/emulate.js', { facadeModuleId: '/app/node_modules/@pmndrs/xr/dist/emulate.js', dynamicImports: ['assets/living_room.js'] }),
    chunk('assets/living_room.js', { moduleIds: ['/app/node_modules/@iwer/sem/lib/living_room.js'] }),
    chunk('assets/editor.js', { isEntry: true, facadeModuleId: '/app/index.html', imports: ['assets/react.js'] }),
  ].map((item) => [item.fileName, item]),
) as unknown as OutputBundle

describe('the files a published story needs, from the bundle graph of play/index.html (issue 7)', () => {
  it('follows static and lazy imports, with their CSS and fonts, and leaves out the editor and the XR emulator', () => {
    const files = playerFilesOf(bundle, (id) => id.endsWith('/play/index.html'))
    expect(files.entry).toBe('assets/player.js')
    expect(files.styles).toEqual(['assets/player.css'])
    expect(files.files).toEqual(['assets/dejavu.ttf', 'assets/panorama-view.js', 'assets/player.css', 'assets/player.js', 'assets/react.js', 'assets/xr-session.js'])
  })

  it('knows the emulator and IWER-only chunks', () => {
    expect(isEmulatorChunk({ facadeModuleId: '/x/node_modules/@pmndrs/xr/dist/emulate.js', moduleIds: [] })).toBe(true)
    expect(isEmulatorChunk({ facadeModuleId: null, moduleIds: ['/x/node_modules/@iwer/sem/a.js', '/x/node_modules/iwer/b.js'] })).toBe(true)
    expect(isEmulatorChunk({ facadeModuleId: null, moduleIds: ['/x/node_modules/@iwer/sem/a.js', '/x/player/xr/xr-session.tsx'] })).toBe(false)
  })

  it('says so when the player page is not in the bundle', () => {
    expect(() => playerFilesOf(bundle, () => false)).toThrow(/entry chunk/)
  })
})
