/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw, unvalidated story JSON */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultPlayerDefaults } from '../../records/player-defaults'
import { fakeLink, fakeScene, fakeStory } from '../../testing/fake-story'
import { repairStory } from './repair-story'

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const harbour = () =>
  copy(fakeStory({ scenes: [fakeScene('harbour', { title: { en: 'Harbour' }, hotspots: [fakeLink('door', 'b', { label: { en: 'Door' } })] }), fakeScene('b')] })) as Record<
    string,
    any
  >

describe('repairStory', () => {
  it('needs no repairs for valid stories', () => {
    expect(repairStory(harbour()).repairs).toEqual([])
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), (count) => {
        const scenes = Array.from({ length: count }, (_, index) => fakeScene(`s${index}`, { hotspots: [fakeLink(`h${index}`, `s${(index + 1) % count}`)] }))
        expect(repairStory(copy(fakeStory({ scenes }))).repairs).toEqual([])
      }),
    )
  })

  it('returns a repaired copy and never changes its input', () => {
    const story = harbour()
    story.scenes[0].hotspots[0].yawDeg = 540
    delete story.variables
    const before = JSON.stringify(story)
    const { value } = repairStory(story)
    expect(JSON.stringify(story)).toBe(before)
    expect(value).not.toBe(story)
    expect((value as any).scenes[0].hotspots[0].yawDeg).toBe(-180)
  })

  it('is deterministic', () => {
    const story = harbour()
    story.title = { EN: 'Hi\u202E' }
    delete story.startSceneId
    expect(repairStory(story)).toEqual(repairStory(story))
  })

  it('words each repair with its place, from the data', () => {
    const story = harbour()
    story.scenes[0].hotspots[0].yawDeg = 190
    expect(repairStory(story).repairs).toEqual([
      {
        code: 'wrapped-angle',
        where: "Scene 'Harbour' › hotspot 'Door' › direction (yaw)",
        path: ['story', 'scenes', 0, 'hotspots', 0, 'yawDeg'],
        before: 190,
        after: -170,
        reason: 'The direction 190° was outside -180° to 180°, so it was changed to -170°, which points the same way.',
      },
    ])
  })

  it('adds missing story lists and player settings', () => {
    const story = harbour()
    for (const key of ['authors', 'credits', 'variables', 'playerDefaults']) delete story[key]
    const { value, repairs } = repairStory(story)
    expect(value).toMatchObject({ authors: [], credits: [], variables: [], playerDefaults: defaultPlayerDefaults })
    expect(repairs.map((repair) => [repair.code, repair.where])).toEqual([
      ['added-empty-list', 'Story › authors'],
      ['added-empty-list', 'Story › credits'],
      ['added-empty-list', 'Story › variables'],
      ['added-player-defaults', 'Story › player settings'],
    ])
  })

  it('starts at the first scene when the start scene is missing or names no scene (B-22)', () => {
    for (const startSceneId of [undefined, 'scene:nowhere', 'harbour', 3]) {
      const story = harbour()
      story.startSceneId = startSceneId
      const { value, repairs } = repairStory(story)
      expect((value as any).startSceneId).toBe('scene:harbour')
      expect(repairs).toEqual([expect.objectContaining({ code: 'set-start-scene', before: startSceneId, after: 'scene:harbour' })])
    }
  })

  it('does not guess: duplicate ids, dangling targets and non-finite numbers stay for validation and checks', () => {
    const story = harbour()
    story.scenes[1].id = 'scene:harbour'
    story.scenes[0].hotspots[0].targetSceneId = 'scene:lighthouse'
    story.scenes[0].hotspots[0].pitchDeg = Number.NEGATIVE_INFINITY
    const { value, repairs } = repairStory(story)
    expect(repairs).toEqual([])
    expect(value).toEqual(story)
  })

  it('cleans story texts: title, summary, authors, credits, text variables', () => {
    const story = harbour()
    story.summary = { en: 'S\u202E' }
    story.authors = [{ name: 'Sam\u202E', role: 'W\u0001' }]
    story.credits = [{ role: { en: 'Photos\u2066' }, names: ['Kim\u2069'] }]
    story.variables = [{ name: 'nick', type: 'text', initial: 'x\u202E' }]
    const { value, repairs } = repairStory(story)
    expect(value).toMatchObject({
      summary: { en: 'S' },
      authors: [{ name: 'Sam', role: 'W' }],
      credits: [{ role: { en: 'Photos' }, names: ['Kim'] }],
      variables: [{ initial: 'x' }],
    })
    expect(repairs.map((repair) => repair.where)).toEqual([
      'Story › summary (en)',
      "Story › author 'Sam' › name",
      "Story › author 'Sam' › role",
      "Story › credit 'Photos' › role (en)",
      "Story › credit 'Photos' › name 1",
      "Story › variable 'nick' › start value",
    ])
  })

  it('passes through what is not a story', () => {
    expect(repairStory('x')).toEqual({ value: 'x', repairs: [] })
    expect(repairStory([1])).toEqual({ value: [1], repairs: [] })
  })
})
