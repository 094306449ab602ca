import { describe, expect, it } from 'vitest'
import { fakeLink } from '../../testing/fake-story'
import { repairChoice, repairHotspot } from './repair-hotspot'
import { createRepairLog } from './repair-note'

const repaired = (hotspot: Record<string, unknown>) => {
  const log = createRepairLog()
  repairHotspot(hotspot, ['story', 'scenes', 0, 'hotspots', 0], log)
  return { hotspot, notes: log.repairs.map((repair) => [repair.code, repair.path.slice(5).join('.')]) }
}

describe('repairHotspot', () => {
  it('needs no repairs for a valid hotspot', () => {
    expect(repaired(JSON.parse(JSON.stringify(fakeLink('door', 'b')))).notes).toEqual([])
  })

  it('wraps the direction and clamps pitch and size (B-23)', () => {
    const { hotspot, notes } = repaired({ kind: 'link', yawDeg: -190, pitchDeg: 95, sizeDeg: 0.2, effects: [] })
    expect(hotspot).toMatchObject({ yawDeg: 170, pitchDeg: 90, sizeDeg: 1 })
    expect(notes).toEqual([
      ['wrapped-angle', 'yawDeg'],
      ['clamped-number', 'pitchDeg'],
      ['clamped-number', 'sizeDeg'],
    ])
  })

  it('adds a missing effect list to a link, and keeps a target that leads nowhere (B-22)', () => {
    const { hotspot, notes } = repaired({ kind: 'link', targetSceneId: 'scene:nowhere' })
    expect(hotspot).toEqual({ kind: 'link', targetSceneId: 'scene:nowhere', effects: [] })
    expect(notes).toEqual([['added-empty-list', 'effects']])
  })

  it('cleans a billboard and its choices', () => {
    const { hotspot, notes } = repaired({
      kind: 'billboard',
      label: { en: 'Sign\u202E' },
      title: { en: 'T\u0000' },
      body: { en: 'B\u2066' },
      choices: [{ label: { en: 'Go\u202D' } }],
    })
    expect(hotspot).toEqual({ kind: 'billboard', label: { en: 'Sign' }, title: { en: 'T' }, body: { en: 'B' }, choices: [{ label: { en: 'Go' }, effects: [] }] })
    expect(notes).toEqual([
      ['removed-hidden-characters', 'label.en'],
      ['removed-hidden-characters', 'title.en'],
      ['removed-hidden-characters', 'body.en'],
      ['removed-hidden-characters', 'choices.0.label.en'],
      ['added-empty-list', 'choices.0.effects'],
    ])
  })

  it('adds missing choices to a billboard, clamps a sound hotspot’s volume', () => {
    expect(repaired({ kind: 'billboard' }).hotspot).toEqual({ kind: 'billboard', choices: [] })
    expect(repaired({ kind: 'sound', gain: 2 }).hotspot).toEqual({ kind: 'sound', gain: 1 })
  })

  it('repairs effects on links and choices', () => {
    const { hotspot } = repaired({ kind: 'link', effects: [{ type: 'playSound', gain: -1 }, { type: 'end', message: { en: 'Bye\u202E' } }] })
    expect(hotspot.effects).toEqual([{ type: 'playSound', gain: 0 }, { type: 'end', message: { en: 'Bye' } }])
  })

  it('ignores what is not a hotspot', () => {
    const log = createRepairLog()
    repairHotspot('door', [], log)
    repairChoice(null, [], log)
    expect(log.repairs).toEqual([])
  })
})
