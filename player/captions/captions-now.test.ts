import { describe, expect, it } from 'vitest'
import { soundScene } from '../audio/testing/audio-story'
import { captionsNow, captionsSignature } from './captions-now'
import { createSoundCaptionMemory } from './sound-caption-memory'

const scene = soundScene('yard', {
  narrations: [
    {
      language: 'en',
      cues: [
        { startMs: 0, endMs: 2000, speaker: 'Guide', text: 'Welcome to the yard, where the bell rings every morning at eight and the children run in.' },
        { startMs: 1500, endMs: 2500, speaker: 'Child', text: 'Hurry!' },
      ],
    },
  ] as never,
})
const narration = { sceneId: 'scene:yard', language: 'en', assetId: null, status: 'playing' as const, positionMs: 0, durationMs: 2500, hasAudio: false }
const bell = { kind: 'hotspot' as const, sourceId: 'hotspot:bell', text: '[a bell rings]', placement: { yawDeg: 90, pitchDeg: 0, distanceM: 1 }, startedAtMs: 100 }

describe('captions now (C-11)', () => {
  it('shows the cue page at the position, speaker on the first page, never more than two lines', () => {
    const early = captionsNow({ scene, size: 'medium', narration, narrationPositionMs: 200, sounds: [] })
    expect(early).toHaveLength(1)
    expect(early[0]).toMatchObject({ kind: 'speech', speaker: 'Guide' })
    expect(early[0]!.lines.length).toBeLessThanOrEqual(2)
    const late = captionsNow({ scene, size: 'medium', narration, narrationPositionMs: 1900, sounds: [] })
    expect(late[0]!.speaker).toBeUndefined() // a later page of the same cue
    expect(late.flatMap((item) => item.lines).length).toBeLessThanOrEqual(2)
  })

  it('adds the newest sound caption with its direction, and nothing for another scene', () => {
    const items = captionsNow({ scene, size: 'small', narration: null, narrationPositionMs: 0, sounds: [bell] })
    expect(items).toEqual([{ key: 'sound|hotspot:bell|100', kind: 'sound', lines: ['[a bell rings]'], placement: bell.placement }])
    expect(captionsNow({ scene, size: 'small', narration: { ...narration, sceneId: 'scene:other' }, narrationPositionMs: 200, sounds: [] })).toEqual([])
  })

  it('changes its signature only when the words change', () => {
    const a = captionsNow({ scene, size: 'medium', narration, narrationPositionMs: 100, sounds: [] })
    const b = captionsNow({ scene, size: 'medium', narration, narrationPositionMs: 300, sounds: [] })
    expect(captionsSignature(a)).toBe(captionsSignature(b))
    expect(captionsSignature(a)).not.toBe(captionsSignature([]))
  })

  it('remembers a short sound caption for its minimum time, and forgets on a new scene', () => {
    const memory = createSoundCaptionMemory(4000)
    expect(memory.update([bell], 200, 'scene:yard')).toEqual([bell])
    expect(memory.update([], 3000, 'scene:yard')).toEqual([bell])
    expect(memory.update([], 4200, 'scene:yard')).toEqual([])
    memory.update([bell], 300, 'scene:yard')
    expect(memory.update([], 400, 'scene:street')).toEqual([])
  })
})
