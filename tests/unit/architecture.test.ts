import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Import directions (architecture.md B1), checked on the source text so a lint config change cannot
 * switch them off: story-schema/ imports only zod and itself; player/ never imports editor/; editor/
 * uses the player only through player/index.ts. Folders that do not exist yet pass.
 */
const root = resolve(import.meta.dirname, '../..')

/** Every file under `folder` (relative to the repo) whose name matches `pattern`; [] when there is no such folder. */
const filesUnder = (folder: string, pattern: RegExp): string[] => {
  const start = join(root, folder)
  if (!existsSync(start)) return []
  const found: string[] = []
  const stack = [start]
  while (stack.length > 0) {
    const dir = stack.pop()!
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) stack.push(path)
      else if (pattern.test(entry.name)) found.push(path)
    }
  }
  return found.sort()
}

/** Module specifiers a file imports or re-exports from, dynamic imports included. */
const specifiersOf = (source: string): string[] =>
  ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName)

/** Where a specifier points, relative to the repo, when it is relative or one of our aliases. */
const target = (file: string, specifier: string): string | undefined => {
  if (specifier.startsWith('.')) return relative(root, resolve(dirname(file), specifier)).split(sep).join('/')
  if (specifier === '@story-schema' || specifier.startsWith('@story-schema/')) return specifier.replace('@story-schema', 'story-schema')
  if (specifier === '@player' || specifier.startsWith('@player/')) return specifier.replace('@player', 'player')
  return undefined
}

const inFolder = (path: string | undefined, folder: string) => path !== undefined && (path === folder || path.startsWith(`${folder}/`))

/** Why story-schema/ may not import `specifier` from `file`, or undefined when it may. */
const schemaImportProblem = (file: string, specifier: string): string | undefined => {
  if (specifier === 'zod' || specifier.startsWith('zod/')) return undefined
  const to = target(file, specifier)
  if (specifier.startsWith('.') && inFolder(to, 'story-schema')) return undefined
  return `story-schema/ imports only zod and its own files, not "${specifier}"`
}

/** Why i18n/ (the interface-language layer) may not import `specifier` from `file`: only react and itself. */
const i18nImportProblem = (file: string, specifier: string): string | undefined => {
  if (specifier === 'react' || specifier.startsWith('react/')) return undefined
  if (specifier.startsWith('.') && inFolder(target(file, specifier), 'i18n')) return undefined
  return `i18n/ imports only react and its own files, not "${specifier}"`
}

/** Why player/ may not import `specifier` from `file`. */
const playerImportProblem = (file: string, specifier: string): string | undefined =>
  inFolder(target(file, specifier), 'editor') || /^editor(\/|$)/.test(specifier) ? `player/ never imports editor/ ("${specifier}")` : undefined

/** Why editor/ may not import `specifier` from `file`. */
const editorImportProblem = (file: string, specifier: string): string | undefined => {
  const to = target(file, specifier) ?? (/^player(\/|$)/.test(specifier) ? specifier : undefined)
  if (!inFolder(to, 'player')) return undefined
  const entry = ['player', 'player/index', 'player/index.ts']
  return entry.includes(to!) ? undefined : `editor/ uses the player only through player/index.ts, not "${specifier}"`
}

const problemsIn = (files: string[], rule: (file: string, specifier: string) => string | undefined): string[] =>
  files.flatMap((file) =>
    specifiersOf(readFileSync(file, 'utf8'))
      .map((specifier) => rule(file, specifier))
      .filter((problem): problem is string => problem !== undefined)
      .map((problem) => `${relative(root, file)}: ${problem}`),
  )

describe('import directions', () => {
  it('story-schema/ imports only zod and itself', () => {
    const files = filesUnder('story-schema', /\.ts$/).filter((file) => !file.endsWith('.test.ts'))
    expect(files.length).toBeGreaterThan(10)
    expect(problemsIn(files, schemaImportProblem)).toEqual([])
  })

  it('i18n/ imports only react and itself (C-26)', () => {
    const files = filesUnder('i18n', /\.tsx?$/).filter((file) => !file.endsWith('.test.ts'))
    expect(files.length).toBeGreaterThan(3)
    expect(problemsIn(files, i18nImportProblem)).toEqual([])
  })

  it('player/ never imports editor/', () => {
    expect(problemsIn(filesUnder('player', /\.tsx?$/), playerImportProblem)).toEqual([])
  })

  it('editor/ imports the player only through player/index.ts', () => {
    expect(problemsIn(filesUnder('editor', /\.tsx?$/), editorImportProblem)).toEqual([])
  })
})

describe('the rules themselves', () => {
  const schemaFile = join(root, 'story-schema/load/x.ts')
  const playerFile = join(root, 'player/scene/x.tsx')
  const editorFile = join(root, 'editor/ui/x.tsx')

  it('finds imports, re-exports, type imports and dynamic imports', () => {
    const source = `import { z } from 'zod'\nimport type { A } from './a'\nexport * from '../b'\nexport { c } from "./c"\nconst d = import('./d')\nimport './e'`
    expect(specifiersOf(source)).toEqual(['zod', './a', '../b', './c', './d', './e'])
  })

  it('story-schema: zod and relative paths inside only', () => {
    expect(schemaImportProblem(schemaFile, 'zod')).toBeUndefined()
    expect(schemaImportProblem(schemaFile, 'zod/v4/core')).toBeUndefined()
    expect(schemaImportProblem(schemaFile, '../records/story')).toBeUndefined()
    for (const bad of ['react', 'three', 'node:fs', '@player', '../../player/index', '../../editor/x', 'zodiac', '@story-schema']) {
      expect(schemaImportProblem(schemaFile, bad)).toBeDefined()
    }
  })

  it('i18n: react and relative paths inside only', () => {
    const i18nFile = join(root, 'i18n/x.ts')
    expect(i18nImportProblem(i18nFile, 'react')).toBeUndefined()
    expect(i18nImportProblem(i18nFile, './ui-locale')).toBeUndefined()
    for (const bad of ['zod', '@player', '../player/index', '../editor/x', '@story-schema', 'zustand']) {
      expect(i18nImportProblem(i18nFile, bad)).toBeDefined()
    }
  })

  it('player: no editor', () => {
    expect(playerImportProblem(playerFile, '@story-schema')).toBeUndefined()
    expect(playerImportProblem(playerFile, '../runtime/x')).toBeUndefined()
    expect(playerImportProblem(playerFile, '../../editor/state/x')).toBeDefined()
  })

  it('editor: the player through its entry only', () => {
    for (const good of ['@player', '../../player', '../../player/index', '../../player/index.ts', '@story-schema', 'react']) {
      expect(editorImportProblem(editorFile, good)).toBeUndefined()
    }
    for (const bad of ['@player/scene/panorama-sphere', '../../player/scene/x', '../../player/runtime']) {
      expect(editorImportProblem(editorFile, bad)).toBeDefined()
    }
  })
})
