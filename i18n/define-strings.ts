import { getUiLocale, localeChain } from './ui-locale'

/**
 * Catalogues (C-26): each module keeps its English words in `strings.ts` and its translations next
 * to it (`strings.nb.ts`, `strings.ml.ts`). `defineStrings` turns them into one object of the same
 * shape as the English, whose every key reads the active interface language when it is used and
 * falls back to English key by key. Components keep `t.key` and `t.fn(arg)`.
 */

/** The shape a catalogue is used through: English literal types widened to string. */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : T[K] extends object
        ? Catalogue<T[K]>
        : T[K]
}

/** A translation: any part of the English shape, with the same argument lists for functions. */
export type Translation<T> = {
  readonly [K in keyof T]?: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : T[K] extends object
        ? Translation<T[K]>
        : T[K]
}

type Tree = { readonly [key: string]: unknown }

export type RegisteredCatalogue = {
  namespace: string
  english: Tree
  translations: Readonly<Record<string, Tree>>
}

const registry = new Map<string, RegisteredCatalogue>()

/** Every catalogue defined so far (for the coverage test and tools). */
export const registeredCatalogues = (): RegisteredCatalogue[] => [...registry.values()]

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null

/** The translation of the key at `path` in the active language (most specific tag first), if it has the English value's kind. */
const translated = (translations: Readonly<Record<string, Tree>>, path: readonly string[], english: unknown): unknown => {
  for (const tag of localeChain(getUiLocale())) {
    let node: unknown = translations[tag]
    for (const key of path) node = isTree(node) ? node[key] : undefined
    if (node !== undefined && typeof node === typeof english) return node
  }
  return english
}

const build = (english: Tree, path: readonly string[], translations: Readonly<Record<string, Tree>>): Tree => {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(english)) {
    const at = [...path, key]
    if (isTree(value)) Object.defineProperty(out, key, { value: build(value, at, translations), enumerable: true })
    else Object.defineProperty(out, key, { get: () => translated(translations, at, value), enumerable: true })
  }
  return Object.freeze(out)
}

/**
 * The catalogue `namespace` ("editor/ui"): `english` is the complete table, `translations` maps a
 * language tag to a partial table of the same shape.
 */
export const defineStrings = <const T extends object>(
  namespace: string,
  english: T,
  translations: Readonly<Record<string, Translation<T> | undefined>> = {},
): Catalogue<T> => {
  const present: Record<string, Tree> = {}
  for (const [tag, table] of Object.entries(translations)) if (table !== undefined) present[tag] = table as Tree
  registry.set(namespace, { namespace, english: english as Tree, translations: present })
  return build(english as Tree, [], present) as Catalogue<T>
}
