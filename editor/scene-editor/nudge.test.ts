import { describe, expect, it } from 'vitest'
import { nudgeFor } from './nudge'

describe('nudgeFor', () => {
  it('turns with Left/Right and tilts with Up/Down, 1° or 10° with Shift', () => {
    expect(nudgeFor({ key: 'ArrowLeft', shiftKey: false })).toEqual({ yawDeg: -1, pitchDeg: 0 })
    expect(nudgeFor({ key: 'ArrowRight', shiftKey: true })).toEqual({ yawDeg: 10, pitchDeg: 0 })
    expect(nudgeFor({ key: 'ArrowUp', shiftKey: false })).toEqual({ yawDeg: 0, pitchDeg: 1 })
    expect(nudgeFor({ key: 'ArrowDown', shiftKey: true })).toEqual({ yawDeg: 0, pitchDeg: -10 })
  })

  it('ignores other keys and arrows with Ctrl, Alt or Meta', () => {
    expect(nudgeFor({ key: 'a', shiftKey: false })).toBeNull()
    expect(nudgeFor({ key: 'ArrowLeft', shiftKey: false, altKey: true })).toBeNull()
    expect(nudgeFor({ key: 'ArrowLeft', shiftKey: false, metaKey: true })).toBeNull()
  })
})
