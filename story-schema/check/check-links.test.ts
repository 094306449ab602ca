import { describe, expect, it } from 'vitest'
import { fakeBillboard, fakeChoice, sceneId } from '../engine/testing-fakes'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { checkLinks } from './check-links'

describe('checkLinks', () => {
  it('finds nothing in a sound story', () => {
    expect(checkLinks(fakeStory())).toEqual([])
  })

  it('reports a start scene that does not exist', () => {
    const issues = checkLinks(fakeStory({ startSceneId: sceneId('nowhere') }))
    expect(issues).toMatchObject([
      { severity: 'error', code: 'missing-start-scene', where: 'Story › start scene', ref: { sceneId: 'scene:nowhere' } },
    ])
  })

  it('reports links, choices and goTo effects to no scene, in words', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('Harbour', {
          hotspots: [
            fakeLink('Door', 'gone', { label: { en: 'Door' } }),
            fakeBillboard('Sign', [fakeChoice('Yes', 'gone-too'), fakeChoice('No', 'Harbour')]),
          ],
          onEnter: [{ type: 'goTo', sceneId: sceneId('gone-three') }],
        }),
      ],
    })
    const issues = checkLinks(story)
    expect(issues.map((i) => [i.code, i.where])).toEqual([
      ['missing-target', "Scene 'Harbour' › hotspot 'Door' › target"],
      ['missing-target', "Scene 'Harbour' › hotspot 'Sign' › choice 'Yes' › target"],
      ['missing-target', "Scene 'Harbour' › on entering › effect 1"],
    ])
    expect(issues[0]!.ref).toEqual({ sceneId: 'scene:Harbour', hotspotId: 'hotspot:Door' })
    expect(issues[1]!.ref).toMatchObject({ choiceId: 'choice:Yes' })
    expect(issues.every((i) => i.severity === 'error')).toBe(true)
  })

  it('reports visited conditions about unknown scenes, nested too', () => {
    const visitedGhost = { type: 'visited', sceneId: sceneId('ghost') } as const
    const story = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('to-b', 'b', { visibleIf: { type: 'not', condition: { type: 'all', conditions: [visitedGhost] } } })] }),
        fakeScene('b', {
          ending: { message: { en: 'End' } },
          hotspots: [fakeLink('back', 'a', { visibleIf: { type: 'visited', sceneId: sceneId('a') } })],
        }),
      ],
    })
    const issues = checkLinks(story)
    expect(issues.map((i) => [i.code, i.where])).toEqual([['visited-unknown-scene', "Scene 'a' › hotspot 'to-b' › shown if"]])
  })

  it('reports scenes that send each other round in circles on entering, once per circle', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('a', { onEnter: [{ type: 'goTo', sceneId: sceneId('b') }] }),
        fakeScene('b', { onEnter: [{ type: 'goTo', sceneId: sceneId('a') }] }),
        fakeScene('c', { onEnter: [{ type: 'goTo', sceneId: sceneId('a') }] }),
      ],
    })
    const issues = checkLinks(story)
    expect(issues.map((i) => i.code)).toEqual(['goto-loop'])
    expect(issues[0]!.message).toContain("Scene 'a' → Scene 'b' → Scene 'a'")
  })

  it('does not report a chain of jumps that stops, or one cut short by an end', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('a', { onEnter: [{ type: 'goTo', sceneId: sceneId('b') }] }),
        fakeScene('b', { onEnter: [{ type: 'end' }, { type: 'goTo', sceneId: sceneId('a') }] }),
      ],
    })
    expect(checkLinks(story)).toEqual([])
  })
})
