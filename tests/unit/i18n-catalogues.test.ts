import { readdirSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { registeredCatalogues, setUiLocale } from '@i18n'
import type { RegisteredCatalogue } from '@i18n'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The interface catalogues (C-26): every `strings.ts` of the editor and the player is a catalogue,
 * Norsk bokmål covers every English key (same kind, same number of arguments, nothing stale), and
 * Malayalam covers at least the library screen and the player's start and settings screens.
 */
const root = resolve(import.meta.dirname, '../..')

const stringsFiles = (folder: string): string[] => {
  const found: string[] = []
  const stack = [join(root, folder)]
  while (stack.length > 0) {
    const dir = stack.pop()!
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'node_modules') stack.push(path)
      else if (entry.name === 'strings.ts') found.push(path)
    }
  }
  return found.sort()
}

type Leaf = { path: string; keys: string[]; value: unknown }

/** Every leaf of a table ("steps.addScene"; keys may hold dots, like "CC0-1.0"), strings and functions. */
const leaves = (tree: unknown, keys: string[] = []): Leaf[] =>
  typeof tree === 'object' && tree !== null
    ? Object.entries(tree).flatMap(([key, value]) => leaves(value, [...keys, key]))
    : [{ path: keys.join('.'), keys, value: tree }]

const at = (tree: unknown, keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), tree)

/** What is wrong with `translation` against `english`: missing keys, keys of another kind, stale keys. */
export const coverageProblems = (english: unknown, translation: unknown): { missing: string[]; wrong: string[]; stale: string[] } => {
  const englishLeaves = leaves(english)
  const missing: string[] = []
  const wrong: string[] = []
  for (const { path, keys, value } of englishLeaves) {
    const translated = at(translation, keys)
    if (translated === undefined) missing.push(path)
    else if (typeof translated !== typeof value) wrong.push(path)
    else if (typeof value === 'function' && (translated as (...args: never[]) => string).length !== (value as (...args: never[]) => string).length) wrong.push(path)
  }
  const known = new Set(englishLeaves.map((leaf) => leaf.path))
  const stale = leaves(translation ?? {}).filter((leaf) => !known.has(leaf.path)).map((leaf) => leaf.path)
  return { missing, wrong, stale }
}

/** Malayalam (started): the keys a first-time viewer and author meet first. */
const malayalamFirst: Record<string, string[]> = {
  'editor/ui': ['appName', 'tagline', 'openingLibrary', 'yourStories', 'noStories', 'newStory', 'newFromSample', 'open', 'play', 'rename', 'duplicate', 'delete', 'trash', 'uiLanguage', 'storageHeading', 'downloadBackup'],
  'player/ui': ['start', 'continue', 'startOver', 'settings', 'settingsTitle', 'settingsIntro', 'done', 'storyLanguage', 'uiLanguage', 'captions', 'reducedMotion', 'highContrast', 'textSize', 'textSizes.normal', 'textSizes.large', 'textSizes.larger'],
}

let catalogues: RegisteredCatalogue[] = []
const files = [...stringsFiles('editor'), ...stringsFiles('player')]

beforeAll(async () => {
  for (const file of files) await import(pathToFileURL(file).href)
  catalogues = registeredCatalogues()
})

afterAll(() => setUiLocale('en'))

describe('interface catalogues (C-26)', () => {
  it('every strings.ts of the editor and the player is a catalogue named after its folder', () => {
    expect(files.length).toBeGreaterThanOrEqual(6)
    const namespaces = catalogues.map((catalogue) => catalogue.namespace)
    for (const file of files) {
      const folder = relative(root, join(file, '..')).split(sep).join('/')
      expect(namespaces.some((name) => name === folder || name.startsWith(`${folder}/`)), `${folder}/strings.ts uses defineStrings`).toBe(true)
    }
  })

  it('Norsk bokmål covers every English key, with the same kind and arguments, and nothing stale', () => {
    const report = catalogues.map((catalogue) => ({ namespace: catalogue.namespace, ...coverageProblems(catalogue.english, catalogue.translations.nb) }))
    expect(report.filter((entry) => entry.missing.length + entry.wrong.length + entry.stale.length > 0)).toEqual([])
  })

  it('Malayalam is started: the library screen and the player start and settings screens, nothing stale', () => {
    const lines: string[] = []
    let done = 0
    let total = 0
    for (const catalogue of catalogues) {
      const { missing, wrong, stale } = coverageProblems(catalogue.english, catalogue.translations.ml)
      const size = leaves(catalogue.english).length
      done += size - missing.length
      total += size
      lines.push(`${catalogue.namespace}: ${size - missing.length}/${size}`)
      expect(wrong, catalogue.namespace).toEqual([])
      expect(stale, catalogue.namespace).toEqual([])
      const first = malayalamFirst[catalogue.namespace] ?? []
      expect(first.filter((path) => missing.includes(path)), catalogue.namespace).toEqual([])
    }
    console.info(`Malayalam coverage ${done}/${total} keys (${Math.round((done / total) * 100)}%)\n  ${lines.join('\n  ')}`)
    expect(done).toBeGreaterThan(0)
  })

  it('a catalogue reads the active interface language, key by key', () => {
    const ui = catalogues.find((catalogue) => catalogue.namespace === 'player/ui')
    expect(ui).toBeDefined()
    expect(ui!.translations.nb).toMatchObject({ settings: 'Innstillinger' })
  })
})

describe('the coverage check itself', () => {
  it('finds missing, wrongly shaped and stale keys', () => {
    const english = { a: 'A', b: (n: number) => `${n}`, c: { d: 'D' } }
    expect(coverageProblems(english, { a: 'x', b: (n: number) => `${n}`, c: { d: 'y' } })).toEqual({ missing: [], wrong: [], stale: [] })
    expect(coverageProblems(english, { a: 'x', b: () => 'y', c: { e: 'z' } })).toEqual({ missing: ['c.d'], wrong: ['b'], stale: ['c.e'] })
    expect(coverageProblems(english, undefined).missing).toEqual(['a', 'b', 'c.d'])
    expect(coverageProblems({ licences: { 'CC0-1.0': 'CC0' } }, { licences: { 'CC0-1.0': 'CC0' } }).missing).toEqual([])
  })
})
