import { describe, expect, it } from 'vitest'
import { fakeAudio, fakeImage, assetId } from '../engine/testing-fakes'
import type { Narration } from '../records/narration'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { checkAccessibility } from './check-accessibility'

const described = { description: { en: 'Leads on.' } }

describe('checkAccessibility', () => {
  it('finds nothing when scenes and hotspots are described and labels differ', () => {
    const story = fakeStory({
      scenes: [fakeScene('a', { hotspots: [fakeLink('Door', 'a', described), fakeLink('door 2', 'a', { ...described, yawDeg: 90 })] })],
    })
    expect(checkAccessibility(story)).toEqual([])
  })

  it('warns about a scene without a description, and notes a hotspot or image without one', () => {
    const story = fakeStory({ scenes: [fakeScene('a', { description: { en: '  ' }, hotspots: [fakeLink('Door', 'a')] })] })
    story.assets = [...story.assets, fakeImage('photo', { description: undefined })]
    expect(checkAccessibility(story).map((i) => [i.code, i.severity, i.where])).toEqual([
      ['missing-description', 'warning', "Scene 'a' › description"],
      ['missing-description', 'info', "Scene 'a' › hotspot 'Door' › description"],
      ['missing-description', 'info', "Media 'images/photo.jpg' › description"],
    ])
  })

  it('warns about narration with sound but no captions, unless it has no words (C-10)', () => {
    const narrations = (narration: Partial<Narration>) => {
      const scene = fakeScene('a', { narrations: [{ language: 'en', assetId: assetId('voice'), cues: [], ...narration }] })
      return fakeStory({ scenes: [scene], assets: [fakeAudio('voice')] })
    }
    const found = checkAccessibility(narrations({})).map((i) => [i.code, i.severity, i.ref.language])
    expect(found).toEqual([['narration-without-captions', 'warning', 'en']])
    expect(checkAccessibility(narrations({ noWords: true }))).toEqual([])
    expect(checkAccessibility(narrations({ cues: [{ startMs: 0, endMs: 1000, text: 'Hello.' }] }))).toEqual([])
    expect(checkAccessibility(narrations({ assetId: undefined, cues: [{ startMs: 0, endMs: 1000, text: 'Hello.' }] }))).toEqual([])
  })

  it('warns about two hotspots with the same label in a scene, ignoring case and spaces, in any language (C-9)', () => {
    const story = fakeStory({
      languages: ['en', 'nb'],
      scenes: [
        fakeScene('a', {
          hotspots: [
            fakeLink('one', 'a', { ...described, label: { en: 'Red door', nb: 'Dør' } }),
            fakeLink('two', 'a', { ...described, label: { en: 'Blue door', nb: ' dør ' } }),
            fakeLink('three', 'a', { ...described, label: { en: 'red  DOOR', nb: 'Rød dør' } }),
          ],
        }),
      ],
    })
    expect(checkAccessibility(story).map((i) => [i.code, i.ref.hotspotId, i.ref.language])).toEqual([
      ['duplicate-label', 'hotspot:two', 'nb'],
      ['duplicate-label', 'hotspot:three', 'en'],
    ])
  })
})
