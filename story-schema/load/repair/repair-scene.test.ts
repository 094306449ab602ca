import { describe, expect, it } from 'vitest'
import { fakeLink, fakeScene } from '../../testing/fake-story'
import { createRepairLog } from './repair-note'
import { repairNarration, repairScene } from './repair-scene'

const repaired = (scene: Record<string, unknown>) => {
  const log = createRepairLog()
  repairScene(scene, ['story', 'scenes', 0], log)
  return { scene, notes: log.repairs.map((repair) => [repair.code, repair.path.slice(3).join('.')]) }
}
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('repairScene', () => {
  it('needs no repairs for a valid scene', () => {
    expect(repaired(copy(fakeScene('a', { hotspots: [fakeLink('x', 'b')] }))).notes).toEqual([])
  })

  it('adds missing lists and an empty soundscape', () => {
    const { scene, notes } = repaired({ id: 'scene:a' })
    expect(scene).toEqual({ id: 'scene:a', soundscape: { beds: [], sounds: [] }, narrations: [], hotspots: [], onEnter: [] })
    expect(notes).toEqual([
      ['added-empty-soundscape', 'soundscape'],
      ['added-empty-list', 'narrations'],
      ['added-empty-list', 'hotspots'],
      ['added-empty-list', 'onEnter'],
    ])
  })

  it('wraps the north heading and the starting direction, clamps pitch and zoom', () => {
    const { scene, notes } = repaired({
      northHeadingDeg: 365,
      initialView: { yawDeg: 180, pitchDeg: -100, fovDeg: 10 },
      soundscape: { beds: [], sounds: [] },
      narrations: [],
      hotspots: [],
      onEnter: [],
    })
    expect(scene).toMatchObject({ northHeadingDeg: 5, initialView: { yawDeg: -180, pitchDeg: -90, fovDeg: 30 } })
    expect(notes.map((note) => note[1])).toEqual(['northHeadingDeg', 'initialView.yawDeg', 'initialView.pitchDeg', 'initialView.fovDeg'])
  })

  it('repairs sounds: missing lists, volumes, distances, directions and captions', () => {
    const { scene } = repaired({
      soundscape: {
        beds: [{ gain: 1.5 }],
        sounds: [{ yawDeg: 200, pitchDeg: 100, distanceM: 0, gain: -0.5, caption: { en: '[gulls]\u202E' } }],
      },
    })
    expect(scene.soundscape).toEqual({
      beds: [{ gain: 1 }],
      sounds: [{ yawDeg: -160, pitchDeg: 90, distanceM: 0.5, gain: 0, caption: { en: '[gulls]' } }],
    })
    expect(repaired({ soundscape: {} }).scene.soundscape).toEqual({ beds: [], sounds: [] })
  })

  it('repairs hotspots, arrival effects and the ending message inside the scene', () => {
    const { notes } = repaired({
      hotspots: [{ kind: 'link', yawDeg: 400, effects: [] }],
      onEnter: [{ type: 'playSound', gain: 5 }],
      ending: { message: { en: 'End\u202E' } },
    })
    expect(notes.map((note) => note[1])).toEqual(['soundscape', 'narrations', 'hotspots.0.yawDeg', 'onEnter.0.gain', 'ending.message.en'])
  })

  it('ignores what is not a scene', () => {
    expect(repaired(7 as unknown as Record<string, unknown>).notes).toEqual([])
  })
})

describe('repairNarration', () => {
  it('tidies the language tag and cleans cue texts and speakers', () => {
    const narration = { language: 'EN', cues: [{ startMs: 0, endMs: 1, speaker: 'Guide\u202E', text: 'Hello\u0000' }] }
    const log = createRepairLog()
    repairNarration(narration, ['n'], log)
    expect(narration).toEqual({ language: 'en', cues: [{ startMs: 0, endMs: 1, speaker: 'Guide', text: 'Hello' }] })
    expect(log.repairs.map((repair) => repair.path.join('.'))).toEqual(['n.language', 'n.cues.0.text', 'n.cues.0.speaker'])
  })
})
