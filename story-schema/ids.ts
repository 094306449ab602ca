import { z } from 'zod'

/**
 * Ids are strings with a kind prefix ("scene:harbour"), so that a value names what it points at and a
 * scene id can never be passed where a hotspot id is expected. Human names (titles) are separate.
 */
export const idKinds = ['story', 'scene', 'hotspot', 'choice', 'asset', 'sound'] as const
export type IdKind = (typeof idKinds)[number]

const idBody = '[A-Za-z0-9][A-Za-z0-9_-]{0,63}'

export const idPattern = (kind: IdKind): RegExp => new RegExp(`^${kind}:${idBody}$`)

const idSchemaOf = <K extends IdKind>(kind: K) =>
  z
    .string()
    .regex(idPattern(kind), { message: `must be an id like "${kind}:my-${kind}"` })
    .brand<`${K}Id`>()

export const storyIdSchema = idSchemaOf('story')
export const sceneIdSchema = idSchemaOf('scene')
export const hotspotIdSchema = idSchemaOf('hotspot')
export const choiceIdSchema = idSchemaOf('choice')
export const assetIdSchema = idSchemaOf('asset')
export const soundIdSchema = idSchemaOf('sound')

export type StoryId = z.infer<typeof storyIdSchema>
export type SceneId = z.infer<typeof sceneIdSchema>
export type HotspotId = z.infer<typeof hotspotIdSchema>
export type ChoiceId = z.infer<typeof choiceIdSchema>
export type AssetId = z.infer<typeof assetIdSchema>
export type SoundId = z.infer<typeof soundIdSchema>

type IdOf<K extends IdKind> = z.infer<ReturnType<typeof idSchemaOf<K>>>

/** True when `value` is a well-formed id of `kind`. */
export const isIdOfKind = <K extends IdKind>(kind: K, value: unknown): value is IdOf<K> =>
  typeof value === 'string' && idPattern(kind).test(value)

/** A new random id of `kind` (uses Web Crypto, present in browsers and Node ≥ 19). */
export const makeId = <K extends IdKind>(kind: K): IdOf<K> =>
  `${kind}:${globalThis.crypto.randomUUID().slice(0, 18)}` as IdOf<K>

/** An id of `kind` built from readable words ("Bus stop" → "scene:bus-stop"), for samples and tests. */
export const idFromWords = <K extends IdKind>(kind: K, words: string): IdOf<K> => {
  const slug = words
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${kind}:${slug || 'x'}` as IdOf<K>
}
