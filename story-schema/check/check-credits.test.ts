import { describe, expect, it } from 'vitest'
import { fakeAudio } from '../engine/testing-fakes'
import { fakeStory } from '../testing/fake-story'
import { checkCredits } from './check-credits'

describe('checkCredits', () => {
  it('finds nothing when every asset is credited', () => {
    expect(checkCredits(fakeStory())).toEqual([])
  })

  it('reports an asset without a credit: who made it and its licence', () => {
    const story = fakeStory()
    story.assets = [...story.assets, fakeAudio('bell', { credit: undefined })]
    expect(checkCredits(story).map((i) => [i.code, i.severity, i.where, i.ref.assetId])).toEqual([
      ['missing-credit', 'warning', "Media 'audio/bell.mp3'", 'asset:bell'],
      ['missing-licence', 'warning', "Media 'audio/bell.mp3'", 'asset:bell'],
    ])
  })
})
