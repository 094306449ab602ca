import { describe, expect, it } from 'vitest'
import { fakeBillboard, fakeChoice, sceneId } from '../engine/testing-fakes'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { checkReachability } from './check-reachability'

const ending = { ending: { message: { en: 'The end.' } } }

describe('checkReachability', () => {
  it('finds nothing in a sound story', () => {
    expect(checkReachability(fakeStory())).toEqual([])
  })

  it('reports a scene no path leads to, and not one reached by a hidden link, a choice or a goTo', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('to-b', 'b', { visibleIf: { type: 'compare', variable: 'x', op: 'eq', value: 1 } })] }),
        fakeScene('b', { hotspots: [fakeBillboard('sign', [fakeChoice('go', 'c')])] }),
        fakeScene('c', { onEnter: [{ type: 'goTo', sceneId: sceneId('d') }] }),
        fakeScene('d', ending),
        fakeScene('island', ending),
      ],
    })
    const issues = checkReachability(story)
    expect(issues).toMatchObject([{ severity: 'warning', code: 'unreachable-scene', where: "Scene 'island'", ref: { sceneId: 'scene:island' } }])
  })

  it('does not call every scene unreachable when the start is missing', () => {
    const issues = checkReachability(fakeStory({ startSceneId: sceneId('nope') }))
    expect(issues.filter((i) => i.code === 'unreachable-scene')).toEqual([])
  })

  it('reports a dead end: no link, no choice that leads somewhere, no goTo, not an ending', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('to-b', 'b')] }),
        fakeScene('b', { hotspots: [fakeBillboard('sign', [fakeChoice('stay')])] }),
      ],
    })
    expect(checkReachability(story)).toMatchObject([{ severity: 'warning', code: 'dead-end', where: "Scene 'b'" }])
  })

  it('does not report endings, scenes with an end effect, or a choice that goes somewhere', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('a', {
          hotspots: [
            fakeBillboard('sign', [fakeChoice('stay'), fakeChoice('go', undefined, { effects: [{ type: 'goTo', sceneId: sceneId('b') }] })]),
          ],
        }),
        fakeScene('b', { hotspots: [fakeLink('to-c', 'c')] }),
        fakeScene('c', { hotspots: [fakeBillboard('quit', [fakeChoice('quit', undefined, { effects: [{ type: 'end' }] })]), fakeLink('to-d', 'd')] }),
        fakeScene('d', ending),
      ],
    })
    expect(checkReachability(story)).toEqual([])
  })
})
