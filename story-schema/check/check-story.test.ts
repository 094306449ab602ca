import { describe, expect, it } from 'vitest'
import { sceneId } from '../engine/testing-fakes'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { checkStory } from './check-story'

describe('checkStory', () => {
  it('gives a sound story no errors or warnings', () => {
    const issues = checkStory(fakeStory())
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([])
  })

  it('lists errors first, then warnings, then infos, each with a kebab-case code, a message and a place', () => {
    const story = fakeStory({
      scenes: [
        fakeScene('a', { hotspots: [fakeLink('to-nowhere', 'nowhere', { sizeDeg: 2 })] }),
        fakeScene('b', { onEnter: [{ type: 'goTo', sceneId: sceneId('gone') }] }),
      ],
    })
    const issues = checkStory(story)
    const ranks = issues.map((i) => ['error', 'warning', 'info'].indexOf(i.severity))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['missing-target', 'unreachable-scene', 'small-hotspot', 'missing-preview']))
    for (const issue of issues) {
      expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(issue.message.length).toBeGreaterThan(10)
      expect(issue.where.length).toBeGreaterThan(0)
    }
  })
})
