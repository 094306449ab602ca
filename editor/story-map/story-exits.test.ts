import type { Hotspot, Scene, Story } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { fakeLink, fakeScene, fakeStory } from '../../story-schema/testing/fake-story'
import { sceneExits } from './story-exits'

const sound = {
  ...{ id: 'hotspot:bell', kind: 'sound', yawDeg: 0, pitchDeg: 0, sizeDeg: 10, label: { en: 'Bell' } },
  ...{ assetId: 'asset:bell', gain: 1, loop: false },
} as unknown as Hotspot
const board = {
  id: 'hotspot:sign',
  kind: 'billboard',
  yawDeg: 0,
  pitchDeg: 0,
  sizeDeg: 10,
  label: { en: 'Sign' },
  title: { en: 'Sign' },
  choices: [
    { id: 'choice:stay', label: { en: 'Stay' }, effects: [{ type: 'set', variable: 'x', value: true }] },
    { id: 'choice:jump', label: { en: 'Jump', nb: 'Hopp' }, effects: [{ type: 'goTo', sceneId: 'scene:b' }] },
  ],
} as unknown as Hotspot

const story = fakeStory({
  scenes: [
    fakeScene('a', {
      onEnter: [{ type: 'goTo', sceneId: 'scene:b' }, { type: 'goTo', sceneId: 'scene:b' }],
      hotspots: [
        fakeLink('door', 'b', {
          effects: [{ type: 'goTo', sceneId: 'scene:b' }, { type: 'goTo', sceneId: 'scene:c' }],
        } as Partial<Hotspot>),
        sound,
        board,
      ],
    } as unknown as Partial<Scene>),
    fakeScene('b'),
  ],
  languages: ['en', 'nb'],
} as Partial<Story>)

describe('sceneExits', () => {
  it('lists goTos on entering, links with their goTos, and choices, leaving out duplicates and exits to nowhere', () => {
    const exits = sceneExits(story, story.scenes[0]!)
    expect(exits.map((e) => [e.id, e.kind, e.targetSceneId, e.label, e.edgeLabel, e.isBroken, e.hotspotId ?? null, e.choiceId ?? null])).toEqual([
      ['exit:scene:a:0', 'goTo', 'scene:b', 'on entering', 'Go to: on entering', false, null, null],
      ['exit:scene:a:1', 'link', 'scene:b', 'door', 'door', false, 'hotspot:door', null],
      ['exit:scene:a:2', 'goTo', 'scene:c', 'door', 'Go to: door', true, 'hotspot:door', null],
      ['exit:scene:a:3', 'goTo', 'scene:b', 'Jump', 'Go to: Jump', false, 'hotspot:sign', 'choice:jump'],
    ])
  })

  it('labels in the asked language, falling back to the story language', () => {
    const labels = sceneExits(story, story.scenes[0]!, 'nb').map((e) => e.label)
    expect(labels).toEqual(['on entering', 'door', 'door', 'Hopp'])
  })
})
