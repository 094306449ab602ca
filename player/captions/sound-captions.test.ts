import { describe, expect, it } from 'vitest'
import type { VoiceState } from '../audio/voice'
import { positional, soundHotspot, soundScene } from '../audio/testing/audio-story'
import { activeSoundCaptions } from './sound-captions'

const scene = soundScene('yard', {
  soundscape: { beds: [], sounds: [positional('gulls', 'gulls', -90, { caption: { en: '[gulls]' } })] },
  hotspots: [soundHotspot('bell', 'bell', { caption: { en: '[a bell rings]' } })],
})
const voice = (extra: Partial<VoiceState>): VoiceState => ({
  key: 'k',
  kind: 'sound',
  channel: 'ambience',
  assetId: 'asset:gulls',
  sourceId: 'sound:gulls',
  status: 'playing',
  gain: 1,
  targetGain: 1,
  loop: true,
  startedAtMs: 1000,
  placement: { yawDeg: -90, pitchDeg: 0, distanceM: 2 },
  ...extra,
})

describe('activeSoundCaptions', () => {
  const options = { language: 'en', storyLanguage: 'en', nowMs: 2000 }

  it('captions sounds playing (or silently playing) for a while after they start', () => {
    const voices = [
      voice({}),
      voice({ kind: 'hotspot', sourceId: 'hotspot:bell', status: 'silent', startedAtMs: 1500, placement: null }),
      voice({ kind: 'bed', sourceId: 'sound:x' }),
    ]
    expect(activeSoundCaptions(voices, scene, options)).toEqual([
      { kind: 'sound', sourceId: 'sound:gulls', text: '[gulls]', placement: { yawDeg: -90, pitchDeg: 0, distanceM: 2 }, startedAtMs: 1000 },
      { kind: 'hotspot', sourceId: 'hotspot:bell', text: '[a bell rings]', placement: null, startedAtMs: 1500 },
    ])
    expect(activeSoundCaptions(voices, scene, { ...options, nowMs: 5000 }).map((c) => c.sourceId)).toEqual(['hotspot:bell'])
    expect(activeSoundCaptions(voices, scene, { ...options, nowMs: 5000, holdMs: 10_000 })).toHaveLength(2)
  })

  it('skips sounds loading, fading out, without a caption or from another scene', () => {
    const voices = [voice({ status: 'loading', startedAtMs: null }), voice({ status: 'fading-out' }), voice({ sourceId: 'sound:other' })]
    expect(activeSoundCaptions(voices, scene, options)).toEqual([])
    expect(activeSoundCaptions([voice({})], undefined, options)).toEqual([])
  })
})
