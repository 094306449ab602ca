import { describe, expect, it } from 'vitest'
import { audioAsset, bed, positional, soundScene, soundStory } from './testing/audio-story'
import { mixerHarness } from './testing/mixer-harness'

const story = soundStory(
  [
    soundScene('harbour', { soundscape: { beds: [bed('waves', 'waves', 0.6, 1000, 2000), bed('gulls', 'gulls', 0.4)], sounds: [] } }),
    soundScene('pier', { soundscape: { beds: [bed('waves-far', 'waves', 0.3, 500, 500), bed('wind', 'wind', 0.5, 1000, 1000)], sounds: [] } }),
    soundScene('town', { soundscape: { beds: [bed('traffic', 'traffic', 0.5)], sounds: [positional('bus', 'bus', 90)] } }),
  ],
  [audioAsset('waves'), audioAsset('gulls'), audioAsset('wind'), audioAsset('traffic'), audioAsset('bus')],
)

describe('story mixer: autoplay gate (C-15)', () => {
  it('loads and plays nothing before unlock, then starts the scene entered before it', () => {
    const { mixer, backend, clock, voiceOf } = mixerHarness(story, { autoLoadMs: 10_000 })
    mixer.enterScene('scene:harbour')
    mixer.preloadScenes(['scene:pier'])
    mixer.setListenerOrientation(90, 0)
    expect(mixer.playEffectSound('asset:gulls')).toBe('locked')
    mixer.playNarration()
    clock.advance(5000)
    expect(backend.calls).toEqual([])
    expect(mixer.getState()).toMatchObject({ isUnlocked: false, sceneId: 'scene:harbour', voices: [] })

    mixer.unlock()
    expect(backend.calls[0]).toBe('unlock')
    expect(voiceOf('waves').options.loop).toBe(true)
    expect(backend.clips.has('asset:wind')).toBe(true)
    expect(backend.listener[0]).toBeCloseTo(1)
    mixer.unlock()
    expect(backend.calls.filter((call) => call === 'unlock')).toHaveLength(1)
  })
})

describe('story mixer: ambient beds', () => {
  it('fades a bed in over its fadeInMs, from silence to its gain', () => {
    const { mixer, backend, clock, gainOf, stateOf } = mixerHarness(story)
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    expect(stateOf('bed|asset:waves')?.status).toBe('loading')
    clock.advance(200)
    backend.load('asset:waves')
    expect(gainOf('waves')).toBe(0)
    clock.advance(500)
    expect(gainOf('waves')).toBeCloseTo(0.3)
    expect(stateOf('bed|asset:waves')).toMatchObject({ status: 'playing', gain: expect.closeTo(0.3, 5), targetGain: 0.6 })
    clock.advance(500)
    expect(gainOf('waves')).toBeCloseTo(0.6)
    clock.advance(5000)
    expect(gainOf('waves')).toBeCloseTo(0.6)
  })

  it('crossfades between scenes and keeps a shared bed playing, only ramping its gain', () => {
    const { mixer, backend, clock, gainOf, voiceOf } = mixerHarness(story, { autoLoadMs: 10_000 })
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    clock.advance(3000)
    const waves = voiceOf('waves')
    const gulls = voiceOf('gulls')

    mixer.enterScene('scene:pier')
    expect(voiceOf('waves')).toBe(waves)
    expect(backend.calls.filter((call) => call.startsWith('play asset:waves'))).toHaveLength(1)
    expect(backend.calls.some((call) => call === `stop #${waves.id}` || call === `pause #${waves.id}`)).toBe(false)
    clock.advance(250)
    expect(gainOf('waves')).toBeCloseTo(0.45)
    expect(backend.gainOf(gulls.id)).toBeCloseTo(0.3)
    expect(gainOf('wind')).toBeCloseTo(0.125)
    clock.advance(250)
    expect(gainOf('waves')).toBeCloseTo(0.3)
    expect(gainOf('wind')).toBeCloseTo(0.25)
    clock.advance(600)
    expect(gulls.status).toBe('stopped')
    expect(gainOf('wind')).toBeCloseTo(0.5)
    expect(mixer.getState().voices.map((voice) => voice.key).sort()).toEqual(['bed|asset:waves', 'bed|asset:wind'])
    expect(waves.status).toBe('playing')
  })

  it('brings back a bed that is still fading out when the viewer returns', () => {
    const { mixer, backend, clock, gainOf, voiceOf } = mixerHarness(story, { autoLoadMs: 10_000 })
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    clock.advance(2000)
    const gulls = voiceOf('gulls')
    mixer.enterScene('scene:town')
    clock.advance(500)
    expect(backend.gainOf(gulls.id)).toBeCloseTo(0.2)
    mixer.enterScene('scene:harbour')
    expect(voiceOf('gulls')).toBe(gulls)
    clock.advance(1000)
    expect(gainOf('gulls')).toBeCloseTo(0.4)
    clock.advance(5000)
    expect(gulls.status).toBe('playing')
  })

  it('pins positional sounds at their direction and distance', () => {
    const { mixer, clock, voiceOf, stateOf } = mixerHarness(story, { autoLoadMs: 10_000 })
    mixer.unlock()
    mixer.enterScene('scene:town')
    const bus = voiceOf('bus')
    expect(bus.options.position?.x).toBeCloseTo(2)
    expect(bus.options.position?.z).toBeCloseTo(0)
    expect(voiceOf('traffic').options.position).toBeUndefined()
    clock.advance(1000)
    expect(stateOf('sound|asset:bus|90|0|2')).toMatchObject({ kind: 'sound', placement: { yawDeg: 90, distanceM: 2 }, gain: 0.8 })
  })

  it('turns the listener every frame without allocating', () => {
    const { mixer, backend } = mixerHarness(story)
    mixer.unlock()
    mixer.setListenerOrientation(-90, 0)
    expect(backend.listener[0]).toBeCloseTo(-1)
    expect(backend.listener[2]).toBeCloseTo(0)
    expect(backend.listener[4]).toBeCloseTo(1)
    mixer.setListenerOrientation(0, 90)
    expect(backend.listener[1]).toBeCloseTo(1)
    expect(backend.listener[5]).toBeCloseTo(1)
  })
})

describe('story mixer: memory', () => {
  it('unloads clips no scene needs and keeps the preloaded ones', () => {
    const { mixer, backend, clock } = mixerHarness(story, { autoLoadMs: 10_000 })
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    mixer.preloadScenes(['scene:pier'])
    expect([...backend.clips.keys()].sort()).toEqual(['asset:gulls', 'asset:waves', 'asset:wind'])
    expect(backend.clips.get('asset:wind')?.status).toBe('loaded')
    expect(backend.activeVoices('asset:wind')).toHaveLength(0)

    mixer.enterScene('scene:pier')
    mixer.preloadScenes(['scene:town'])
    clock.advance(500)
    expect(backend.clips.get('asset:gulls')?.status).toBe('loaded')
    clock.advance(2000)
    expect(backend.clips.get('asset:gulls')?.status).toBe('unloaded')
    expect(backend.clips.get('asset:waves')?.status).toBe('loaded')
    expect(backend.clips.get('asset:traffic')?.status).toBe('loaded')
    expect(backend.calls.filter((call) => call === 'load asset:wind')).toHaveLength(1)

    mixer.dispose()
    expect(backend.calls.at(-1)).toBe('dispose')
    expect([...backend.voices.values()].every((voice) => voice.status === 'stopped')).toBe(true)
  })
})
