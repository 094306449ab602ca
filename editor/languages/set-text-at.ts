import type { LocalizedText, Story } from '@story-schema'
import { storySchema } from '@story-schema'
import type { Command } from '../state'
import { CommandError } from '../state'
import { checkedRecord } from '../state/support/checked-record'
import { withText } from '../state/support/localized-text'
import type { TextPath } from './translatable-texts'
import { languagesStrings } from './strings'

const w = languagesStrings.refusals

/** Arguments of `setTextAt`: the text at `path` (from `translatableTexts`) in `language`. */
export type SetTextAtArgs = { path: TextPath; language: string; value: string }

type Node = Record<string | number, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null

/** `node` with `update` applied at `path`, copying only the records on the way (structural sharing). */
const updateAt = (node: unknown, path: TextPath, update: (old: unknown) => unknown): unknown => {
  if (path.length === 0) return update(node)
  if (!isNode(node)) throw new CommandError(w.noSuchText)
  const [head, ...rest] = path
  const key = head as string | number
  if (!Object.hasOwn(node, key)) throw new CommandError(w.noSuchText)
  const next = updateAt(node[key], rest, update)
  if (next === node[key]) return node
  if (Array.isArray(node)) return node.map((item, index) => (index === key ? next : item))
  return { ...node, [key]: next }
}

/**
 * Writes one translation: the text at `path` in `language`. An empty value removes that language's
 * version (the viewer then sees the original); the original can't be emptied where it is required.
 * The whole story is checked afterwards, so a too-long text is refused in words.
 */
export const setTextAt: Command<SetTextAtArgs> = (story, { path, language, value }) => {
  const next = updateAt(story, path, (old) => {
    const text = old as LocalizedText | undefined
    if ((text?.[language] ?? '') === value) return old
    return withText(text, language, value, language === story.language)
  }) as Story
  return next === story ? story : checkedRecord(storySchema, next)
}
