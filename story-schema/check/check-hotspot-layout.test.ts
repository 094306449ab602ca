import { describe, expect, it } from 'vitest'
import type { Hotspot } from '../records/hotspot'
import { fakeLink, fakeScene, fakeStory } from '../testing/fake-story'
import { angularDistanceDeg, checkHotspotLayout } from './check-hotspot-layout'

const layout = (...hotspots: Hotspot[]) =>
  checkHotspotLayout(fakeStory({ scenes: [fakeScene('a', { hotspots })] })).map((i) => [i.code, i.ref.hotspotId])
const at = (name: string, yawDeg: number, pitchDeg: number, sizeDeg = 10) => fakeLink(name, 'a', { yawDeg, pitchDeg, sizeDeg })

describe('angularDistanceDeg', () => {
  it('measures along the sphere', () => {
    expect(angularDistanceDeg({ yawDeg: 0, pitchDeg: 0 }, { yawDeg: 90, pitchDeg: 0 })).toBeCloseTo(90)
    expect(angularDistanceDeg({ yawDeg: 178, pitchDeg: 0 }, { yawDeg: -178, pitchDeg: 0 })).toBeCloseTo(4)
    expect(angularDistanceDeg({ yawDeg: 0, pitchDeg: 89 }, { yawDeg: 180, pitchDeg: 89 })).toBeCloseTo(2)
    expect(angularDistanceDeg({ yawDeg: 10, pitchDeg: -90 }, { yawDeg: -170, pitchDeg: 90 })).toBeCloseTo(180)
  })
})

describe('checkHotspotLayout', () => {
  it('accepts hotspots 4° and larger, spaced apart', () => {
    expect(layout(at('a', 0, 0, 4), at('b', 20, 0), at('c', -20, 0))).toEqual([])
  })

  it('warns about a hotspot under 4° (C-8)', () => {
    expect(layout(at('tiny', 0, 0, 3.5))).toEqual([['small-hotspot', 'hotspot:tiny']])
  })

  it('warns about overlapping hotspots, across the seam and near the poles too', () => {
    expect(layout(at('a', 0, 0), at('b', 8, 0))).toEqual([['overlapping-hotspots', 'hotspot:b']])
    expect(layout(at('a', 178, 0), at('b', -178, 0))).toEqual([['overlapping-hotspots', 'hotspot:b']])
    expect(layout(at('a', 0, 88), at('b', 180, 88))).toEqual([['overlapping-hotspots', 'hotspot:b']])
    expect(layout(at('a', 0, 0, 10), at('b', 12, 0, 10))).toEqual([])
  })

  it('lets two hotspots that never show together share a place', () => {
    const open = { type: 'compare', variable: 'open', op: 'eq', value: true } as const
    const locked = fakeLink('locked', 'a', { visibleIf: { type: 'not', condition: open } })
    const unlocked = fakeLink('unlocked', 'a', { visibleIf: open })
    expect(layout(locked, unlocked)).toEqual([])
  })
})
