import type { AssetId, Credit } from '@story-schema'
import { creditSchema } from '@story-schema'
import type { Command } from '../state'
import { CommandError } from '../state'
import { creditsStrings } from './strings'

const w = creditsStrings.refusals

/** What the credits form changes; fields left out stay as they are, an empty string clears one. */
export type CreditChanges = Partial<Record<'author' | 'title' | 'sourceUrl' | 'licenceText', string>> & { licence?: Credit['licence'] }

export type SetAssetCreditArgs = { assetId: AssetId; changes: CreditChanges }

const optionalKeys = ['title', 'sourceUrl', 'licenceText'] as const

/**
 * Changes who made a photo or sound, its title, where it came from and its licence (features.md, credits and licences). The first
 * change makes the credit (licence "own work" until one is chosen). Checked with the credit schema,
 * so an author can't be emptied, a web address must be https and "other" needs its words.
 */
export const setAssetCredit: Command<SetAssetCreditArgs> = (story, { assetId, changes }) => {
  const index = story.assets.findIndex((asset) => asset.id === assetId)
  const asset = story.assets[index]
  if (!asset) throw new CommandError(w.noAsset)
  const old: Partial<Credit> = asset.credit ?? { licence: 'own-work' }
  const next: Record<string, unknown> = { ...old }
  if (changes.author !== undefined) next.author = changes.author.trim()
  if (changes.licence !== undefined) next.licence = changes.licence
  for (const key of optionalKeys) {
    const value = changes[key]
    if (value === undefined) continue
    if (value.trim() === '') delete next[key]
    else next[key] = value.trim()
  }
  if (next.licence !== 'other') delete next.licenceText
  if (JSON.stringify(next) === JSON.stringify(asset.credit ?? {})) return story
  if (next.author === undefined && changes.author === undefined) throw new CommandError(w.authorFirst, 'author')
  const parsed = creditSchema.safeParse(next)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = String(issue?.path[0] ?? 'author')
    throw new CommandError(`${w.fieldNames[field] ?? w.someField} ${(issue?.message ?? '').replace(/\.$/, '')}.`, field)
  }
  const credit = parsed.data
  const assets = story.assets.map((item, i) => (i === index ? { ...item, credit } : item))
  return { ...story, assets }
}
