import { describe, expect, it } from 'vitest'
import type { Narration } from '@story-schema'
import { audioAsset, bed, soundHotspot, soundScene, soundStory } from './testing/audio-story'
import { mixerHarness } from './testing/mixer-harness'

const voice = { language: 'en', assetId: 'asset:voice', cues: [] } as unknown as Narration
const story = soundStory(
  [
    soundScene('yard', {
      soundscape: { beds: [bed('wind', 'wind', 0.5, 0, 400)], sounds: [] },
      narrations: [voice],
      hotspots: [soundHotspot('bell', 'bell', { yawDeg: -90 }), soundHotspot('radio', 'radio', { loop: true, gain: 0.4 })],
    }),
    soundScene('road'),
  ],
  [audioAsset('wind'), audioAsset('voice'), audioAsset('bell'), audioAsset('radio'), audioAsset('door', 1000)],
)
const start = () => {
  const harness = mixerHarness(story, { autoLoadMs: 10_000 })
  harness.mixer.unlock()
  harness.mixer.enterScene('scene:yard', { playNarration: false })
  harness.clock.advance(100)
  return harness
}

describe('story mixer: channels, mute, mono (C-14)', () => {
  it('multiplies each voice by its channel volume, and mute silences all without stopping time', () => {
    const { mixer, clock, gainOf } = start()
    mixer.playNarration()
    mixer.setChannelVolume('ambience', 0.5)
    clock.advance(300)
    expect(gainOf('wind')).toBeCloseTo(0.5 * 0.5 * 0.316, 3)
    mixer.setChannelVolume('narration', 0.25)
    clock.advance(50)
    expect(gainOf('voice')).toBeCloseTo(0.25)
    mixer.setMuted(true)
    clock.advance(50)
    expect(gainOf('voice')).toBe(0)
    expect(gainOf('wind')).toBe(0)
    expect(mixer.getState().narration?.positionMs).toBe(400)
    mixer.setMuted(false)
    clock.advance(50)
    expect(gainOf('voice')).toBeCloseTo(0.25)
    mixer.setChannelVolume('effects', 2)
    mixer.setChannelVolume('effects', Number.NaN)
    expect(mixer.getSettings().volumes).toEqual({ narration: 0.25, ambience: 0.5, effects: 1 })
  })

  it('passes mono to the backend and reports every settings change', () => {
    const saved: unknown[] = []
    const harness = mixerHarness(story, { settings: { volumes: { narration: 1, ambience: 1, effects: 1 }, isMuted: false, isMono: true } })
    expect(harness.backend.isMono).toBe(false)
    harness.mixer.unlock()
    expect(harness.backend.isMono).toBe(true)
    harness.mixer.subscribe(() => saved.push(harness.mixer.getSettings().isMono))
    harness.mixer.setMono(false)
    expect(harness.backend.isMono).toBe(false)
    expect(saved.at(-1)).toBe(false)
  })
})

describe('story mixer: pause all (C-15)', () => {
  it('pauses every voice and the narration timeline, and resumes them', () => {
    const { mixer, backend, clock, voiceOf, gainOf } = start()
    mixer.playNarration()
    clock.advance(1000)
    mixer.pauseAll()
    expect(voiceOf('wind').status).toBe('paused')
    expect(voiceOf('voice').status).toBe('paused')
    expect(mixer.getState()).toMatchObject({ isPaused: true, isDucking: false })
    clock.advance(10_000)
    expect(mixer.narrationPositionMs()).toBe(1000)
    mixer.enterScene('scene:yard', { playNarration: false })
    expect(mixer.playEffectSound('asset:door')).toBe('started')
    expect(backend.activeVoices('asset:door')).toHaveLength(0)
    clock.advance(2000)
    mixer.resumeAll()
    expect(voiceOf('wind').status).toBe('playing')
    expect(backend.activeVoices('asset:door')).toHaveLength(0)
    expect(mixer.getState().voices.map((v) => v.kind)).toEqual(['bed'])
    clock.advance(150)
    expect(gainOf('wind')).toBeCloseTo(0.5)
  })
})

describe('story mixer: effects and sound hotspots', () => {
  it('plays playSound effects once on the effects channel, across a scene change', () => {
    const { mixer, backend, clock, voiceOf, stateOf } = start()
    mixer.setChannelVolume('effects', 0.5)
    expect(mixer.playEffectSound('asset:door', 0.8)).toBe('started')
    const door = voiceOf('door')
    expect(backend.gainOf(door.id)).toBeCloseTo(0.4)
    expect(door.options.loop).toBe(false)
    mixer.enterScene('scene:road')
    clock.advance(3000)
    expect(door.status).toBe('playing')
    backend.end(door.id)
    expect(stateOf('effect|1')).toBeUndefined()
    clock.advance(3000)
    expect(backend.clips.get('asset:door')?.status).toBe('unloaded')
  })

  it('drops a click sound whose clip arrives too late', () => {
    const { mixer, backend, clock } = mixerHarness(story)
    mixer.unlock()
    mixer.playEffectSound('asset:door')
    clock.advance(2000)
    backend.load('asset:door', 1000)
    expect(backend.activeVoices('asset:door')).toHaveLength(0)
    expect(mixer.getState().voices).toEqual([])
  })

  it('plays a sound hotspot from its direction and toggles it off (looping ones too)', () => {
    const { mixer, clock, voiceOf, stateOf } = start()
    expect(mixer.playHotspotSound('hotspot:bell')).toBe('started')
    expect(voiceOf('bell').options.position?.x).toBeCloseTo(-1)
    expect(stateOf('hotspot|hotspot:bell')).toMatchObject({ channel: 'effects', placement: { yawDeg: -90 } })
    expect(mixer.playHotspotSound('hotspot:radio')).toBe('started')
    expect(voiceOf('radio').options.loop).toBe(true)
    expect(mixer.playHotspotSound('hotspot:radio')).toBe('stopped')
    clock.advance(200)
    expect(stateOf('hotspot|hotspot:radio')).toBeUndefined()
    expect(mixer.playHotspotSound('hotspot:nope')).toBe('not-a-sound')
    mixer.enterScene('scene:road')
    expect(stateOf('hotspot|hotspot:bell')?.status).toBe('fading-out')
    expect(mixer.playHotspotSound('hotspot:bell')).toBe('not-a-sound')
  })
})
