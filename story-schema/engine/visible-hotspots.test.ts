import { describe, expect, it } from 'vitest'
import { choose } from './choose'
import { engineTestStory } from './engine-test-story'
import { startStory } from './start-story'
import { sceneId } from './testing-fakes'
import { availableActions, availableChoices, visibleHotspots } from './visible-hotspots'

const story = engineTestStory()
const start = startStory(story).state
const ids = (records: { id: string }[]) => records.map((r) => r.id)

describe('visibleHotspots / availableChoices / availableActions', () => {
  it('shows hotspots whose visibleIf holds, in author order', () => {
    expect(ids(visibleHotspots(story, start))).toEqual(['hotspot:to-hall', 'hotspot:chest', 'hotspot:bell'])
    const withKey = choose(story, start, { hotspotId: 'hotspot:chest', choiceId: 'choice:take' })
    if (!withKey.ok) throw new Error(withKey.reason)
    expect(ids(visibleHotspots(story, withKey.state))).toEqual(['hotspot:to-hall', 'hotspot:chest', 'hotspot:door', 'hotspot:bell'])
    expect(ids(availableChoices(story, withKey.state, 'hotspot:chest'))).toEqual(['choice:leave'])
  })

  it('lists the choices of a visible billboard only', () => {
    expect(ids(availableChoices(story, start, 'hotspot:chest'))).toEqual(['choice:take', 'choice:leave'])
    expect(availableChoices(story, start, 'hotspot:to-hall')).toEqual([])
    expect(availableChoices(story, start, 'hotspot:nope')).toEqual([])
  })

  it('lists every action, and none once ended or in an unknown scene', () => {
    expect(availableActions(story, start)).toEqual([
      { hotspotId: 'hotspot:to-hall' },
      { hotspotId: 'hotspot:chest', choiceId: 'choice:take' },
      { hotspotId: 'hotspot:chest', choiceId: 'choice:leave' },
      { hotspotId: 'hotspot:bell' },
    ])
    expect(availableActions(story, { ...start, ended: { sceneId: start.sceneId } })).toEqual([])
    expect(visibleHotspots(story, { ...start, sceneId: sceneId('gone') })).toEqual([])
  })
})
