import { describe, expect, it } from 'vitest'
import { fakeBillboard, fakeChoice } from '../engine/testing-fakes'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { checkTranslations } from './check-translations'

const both = (text: string) => ({ en: text, nb: `${text} (nb)` })

describe('checkTranslations', () => {
  it('finds nothing in a one-language story', () => {
    expect(checkTranslations(fakeStory())).toEqual([])
  })

  it('finds nothing when every text has every language', () => {
    const story = fakeStory({
      title: both('Story'),
      languages: ['en', 'nb'],
      scenes: [
        fakeScene('a', {
          title: both('A'),
          description: both('Place A'),
          hotspots: [fakeLink('to-b', 'b', { label: both('To B') })],
        }),
        fakeScene('b', {
          title: both('B'),
          description: both('Place B'),
          ending: { message: both('Bye') },
          hotspots: [fakeBillboard('sign', [fakeChoice('c', undefined, { label: both('Choice') })], { label: both('Sign'), title: both('Sign') })],
        }),
      ],
    })
    story.assets = story.assets.map((asset) => ({ ...asset, description: both('Photo') }))
    expect(checkTranslations(story)).toEqual([])
  })

  it('reports each text lacking a story language, once per language', () => {
    const story = fakeStory({
      languages: ['en', 'nb', 'ml'],
      title: { en: 'Story', nb: 'Historie', ml: 'കഥ' },
      scenes: [
        fakeScene('a', {
          title: { en: 'A', nb: 'A', ml: 'A' },
          description: { en: 'Place', nb: '', ml: 'Place' },
          narrations: [{ language: 'en', cues: [{ startMs: 0, endMs: 10, text: 'Hi' }] }, { language: 'nb', cues: [] }],
          hotspots: [
            fakeBillboard('sign', [fakeChoice('yes', 'a', { label: { en: 'Yes', nb: 'Ja', ml: 'Yes' } })], {
              label: { en: 'Sign', nb: 'Skilt', ml: 'Sign' },
              title: { en: 'Sign', nb: 'Skilt', ml: 'Sign' },
              body: { en: 'Read me', nb: 'Les meg' },
            }),
          ],
        }),
      ],
    })
    story.assets = story.assets.map((asset) => ({ ...asset, description: undefined }))
    expect(checkTranslations(story).map((i) => [i.code, i.severity, i.where, i.ref.language])).toEqual([
      ['untranslated-text', 'warning', "Scene 'A' › description", 'nb'],
      ['untranslated-text', 'warning', "Scene 'A' › hotspot 'Sign' › text", 'ml'],
      ['untranslated-text', 'warning', "Scene 'A' › narration", 'ml'],
    ])
  })
})
