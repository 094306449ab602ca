import { describe, expect, it } from 'vitest'
import type { Narration } from '@story-schema'
import { audioAsset, bed, soundHotspot, soundScene, soundStory } from './testing/audio-story'
import { mixerHarness } from './testing/mixer-harness'

const voice = { language: 'en', assetId: 'asset:voice', cues: [{ startMs: 0, endMs: 3000, text: 'Hello.' }] } as Narration
const story = soundStory(
  [
    soundScene('yard', {
      soundscape: { beds: [bed('wind', 'wind', 0.5, 0, 0), bed('rain', 'rain', 0.5, 0, 0)], sounds: [] },
      narrations: [voice],
      hotspots: [soundHotspot('bell', 'bell', { caption: { en: '[a bell rings]' } })],
    }),
    soundScene('road', { soundscape: { beds: [bed('traffic', 'traffic', 0.5)], sounds: [] } }),
  ],
  [audioAsset('wind'), audioAsset('rain', 10_000), audioAsset('voice', 3000), audioAsset('bell', 2000), audioAsset('traffic')],
)

describe('story mixer: unavailable audio (C-16, B-36)', () => {
  it('marks a clip that does not load within the timeout unavailable and carries on', () => {
    const { mixer, backend, clock, stateOf } = mixerHarness(story)
    mixer.unlock()
    mixer.enterScene('scene:yard')
    backend.load('asset:rain', 10_000)
    clock.advance(7999)
    expect(mixer.getState().unavailableAssets).toEqual([])
    clock.advance(1)
    const state = mixer.getState()
    expect(state.unavailableAssets.map((a) => [a.assetId, a.reason])).toEqual([
      ['asset:wind', 'timeout'],
      ['asset:voice', 'timeout'],
    ])
    expect(state.hasUnavailableAudio).toBe(true)
    expect(backend.clips.get('asset:wind')?.status).toBe('unloaded')
    expect(stateOf('bed|asset:wind')?.status).toBe('silent')
    expect(stateOf('bed|asset:rain')?.status).toBe('playing')
    expect(state.narration).toMatchObject({ status: 'playing', hasAudio: false, positionMs: 0 })
    clock.advance(1500)
    expect(mixer.narrationPositionMs()).toBe(1500)
    backend.load('asset:wind')
    expect(backend.activeVoices('asset:wind')).toHaveLength(0)
  })

  it('treats a decoded clip more than 25 % shorter than its asset as corrupt', () => {
    const { mixer, backend, stateOf } = mixerHarness(story)
    mixer.unlock()
    mixer.enterScene('scene:yard')
    backend.load('asset:wind', 7600)
    backend.load('asset:rain', 7400)
    expect(stateOf('bed|asset:wind')?.status).toBe('playing')
    expect(stateOf('bed|asset:rain')?.status).toBe('silent')
    expect(mixer.getState().unavailableAssets).toEqual([{ assetId: 'asset:rain', reason: 'truncated', detail: 'decoded 7400 ms of 10000 ms' }])
    expect(backend.clips.get('asset:rain')?.status).toBe('unloaded')
  })

  it('reports load and decode errors, missing assets and missing URLs', () => {
    const broken = soundStory(
      [soundScene('a', { soundscape: { beds: [bed('x', 'gone'), bed('y', 'nourl'), bed('z', 'bad')], sounds: [] } })],
      [audioAsset('nourl'), audioAsset('bad')],
    )
    const resolveAssetUrl = (asset: { path: string }) => (asset.path.includes('nourl') ? undefined : asset.path)
    const { mixer, backend } = mixerHarness(broken, { resolveAssetUrl })
    mixer.unlock()
    mixer.enterScene('scene:a')
    backend.fail('asset:bad', 'decode-error')
    expect(mixer.getState().unavailableAssets.map((a) => [a.assetId, a.reason])).toEqual([
      ['asset:gone', 'missing'],
      ['asset:nourl', 'missing'],
      ['asset:bad', 'decode-error'],
    ])
  })

  it('keeps a sound hotspot usable: it plays silently for its length so its caption shows', () => {
    const { mixer, backend, clock, stateOf } = mixerHarness(story)
    mixer.unlock()
    mixer.enterScene('scene:yard')
    backend.fail('asset:bell', 'load-error')
    expect(mixer.playHotspotSound('hotspot:bell')).toBe('unavailable')
    expect(stateOf('hotspot|hotspot:bell')).toMatchObject({ status: 'silent', sourceId: 'hotspot:bell', startedAtMs: 1000 })
    clock.advance(1999)
    expect(stateOf('hotspot|hotspot:bell')).toBeDefined()
    clock.advance(1)
    expect(stateOf('hotspot|hotspot:bell')).toBeUndefined()
    expect(mixer.playEffectSound('asset:bell')).toBe('unavailable')
  })

  it('never lets a throwing listener or a late backend event escape', () => {
    const { mixer, backend, clock, errors } = mixerHarness(story)
    mixer.subscribe(() => {
      throw new Error('listener bug')
    })
    mixer.unlock()
    mixer.enterScene('scene:yard')
    mixer.enterScene('scene:road')
    clock.advance(5000)
    backend.load('asset:wind')
    backend.fail('asset:rain')
    clock.advance(10_000)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((error) => error instanceof Error && error.message === 'listener bug')).toBe(true)
  })

  it('gives a background preload no deadline until a scene needs it', () => {
    const { mixer, backend, clock, stateOf } = mixerHarness(story)
    mixer.unlock()
    mixer.preloadScenes(['scene:road'])
    clock.advance(20_000)
    expect(backend.clips.get('asset:traffic')?.status).toBe('loading')
    mixer.enterScene('scene:road')
    clock.advance(3000)
    backend.load('asset:traffic')
    expect(stateOf('bed|asset:traffic')?.status).toBe('playing')
    expect(mixer.getState().unavailableAssets).toEqual([])
  })
})
