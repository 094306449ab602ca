import type { AssetId } from '@story-schema'
import { checkStory } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { editorTestStory } from '../state/testing/editor-test-story'
import { expectValid } from '../state/testing/expect-valid'
import { setAssetCredit } from './set-asset-credit'

const story = editorTestStory()
const bell = 'asset:bell' as AssetId
const creditIssues = (s: typeof story) => checkStory(s).filter((i) => i.ref.assetId === bell && i.code.startsWith('missing-'))

describe('setAssetCredit (features.md, credits and licences)', () => {
  it('makes a credit from the author, which fixes both credit warnings', () => {
    expect(creditIssues(story)).toHaveLength(2)
    const next = setAssetCredit(story, { assetId: bell, changes: { author: '  Sam  ' } })
    expect(next.assets.find((a) => a.id === bell)?.credit).toEqual({ author: 'Sam', licence: 'own-work' })
    expect(creditIssues(next)).toEqual([])
    expectValid(next)
  })

  it('sets and clears the source and licence; "other" needs words and loses them when changed', () => {
    let next = setAssetCredit(story, { assetId: bell, changes: { author: 'Sam', sourceUrl: 'https://example.org/bell', licence: 'CC-BY-4.0' } })
    expect(next.assets.find((a) => a.id === bell)?.credit).toEqual({ author: 'Sam', sourceUrl: 'https://example.org/bell', licence: 'CC-BY-4.0' })
    expect(() => setAssetCredit(next, { assetId: bell, changes: { licence: 'other' } })).toThrow('The licence must say which licence it is.')
    next = setAssetCredit(next, { assetId: bell, changes: { licence: 'other', licenceText: 'Used with permission', sourceUrl: '' } })
    expect(next.assets.find((a) => a.id === bell)?.credit).toEqual({ author: 'Sam', licence: 'other', licenceText: 'Used with permission' })
    next = setAssetCredit(next, { assetId: bell, changes: { licence: 'CC0-1.0' } })
    expect(next.assets.find((a) => a.id === bell)?.credit).toEqual({ author: 'Sam', licence: 'CC0-1.0' })
  })

  it('refuses an empty author, an http address and a licence before an author, in words', () => {
    const named = setAssetCredit(story, { assetId: bell, changes: { author: 'Sam' } })
    expect(() => setAssetCredit(named, { assetId: bell, changes: { author: ' ' } })).toThrow('The name of who made it must not be empty.')
    expect(() => setAssetCredit(named, { assetId: bell, changes: { sourceUrl: 'http://x.org' } })).toThrow('The web address must be a web address starting with https://.')
    expect(() => setAssetCredit(story, { assetId: bell, changes: { licence: 'CC0-1.0' } })).toThrow('Write who made it first.')
    expect(() => setAssetCredit(story, { assetId: 'asset:gone' as AssetId, changes: { author: 'x' } })).toThrow('no longer in the story')
  })
})
