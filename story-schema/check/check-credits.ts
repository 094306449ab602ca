import { assetName } from '../place-names'
import type { Story } from '../records/story'
import type { StoryIssue } from './story-issue'
import { makeIssue } from './story-sites'

/**
 * Credits: every photo and sound says who made it (`missing-credit`) and on what terms it may be
 * shared (`missing-licence`). In format v1 a licence is part of the credit, so an asset without a
 * credit gets both; adding the credit fixes both.
 */
export const checkCredits = (story: Story): StoryIssue[] =>
  story.assets.flatMap((asset, index) => {
    if (asset.credit) return []
    const site = { where: assetName(asset, index), ref: { assetId: asset.id } }
    return [
      makeIssue('warning', 'missing-credit', 'This media does not say who made it.', site),
      makeIssue('warning', 'missing-licence', 'This media does not say on what terms it may be shared (its licence).', site),
    ]
  })
