import type { HotspotId } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { createFakeBackend, type FakeBackend } from '../audio/testing/fake-backend'
import { createFakeClock } from '../audio/testing/fake-clock'
import { audioAsset, bed, positional, soundHotspot, soundScene, soundStory } from '../audio/testing/audio-story'
import { createPlayerController } from './player-controller'

const narration = (language: string, asset: string | undefined, text: string) => ({
  language,
  ...(asset ? { assetId: `asset:${asset}` } : {}),
  cues: [{ startMs: 1000, endMs: 3000, speaker: 'Guide', text }],
})

const story = soundStory(
  [
    soundScene('yard', {
      soundscape: { beds: [bed('wind', 'wind')], sounds: [positional('radio', 'radio', 90, { caption: { en: '[a radio hums]' } })] },
      narrations: [narration('en', 'talk-en', 'Welcome to the yard.'), narration('nb', undefined, 'Velkommen til gården.')] as never,
      hotspots: [soundHotspot('bell', 'bell', { caption: { en: '[a bell rings]' } }), { id: 'hotspot:on', kind: 'link', yawDeg: 0, pitchDeg: 0, sizeDeg: 10, label: { en: 'On' }, targetSceneId: 'scene:street', icon: 'arrow', effects: [] } as never],
    }),
    soundScene('street', { soundscape: { beds: [bed('wind', 'wind'), bed('traffic', 'traffic')], sounds: [] } }),
  ],
  [audioAsset('wind'), audioAsset('radio'), audioAsset('talk-en', 4000), audioAsset('bell', 200), audioAsset('traffic')],
)

const setup = () => {
  const clock = createFakeClock(1000)
  let backend: FakeBackend | undefined
  const player = createPlayerController(story, (path) => `/s/${path}`, { persistProgress: false })
  const disconnect = player.audio.connect(() => (backend = createFakeBackend(clock, { autoLoadMs: 10_000 })), clock)
  const captions = () => {
    player.captions.tick()
    return player.captions.store.getState().items.map((item) => `${item.speaker ? `${item.speaker}: ` : ''}${item.lines.join(' ')}`)
  }
  return { player, clock, backend: () => backend!, disconnect, captions }
}

describe('player audio: the controller and the one mixer', () => {
  it('plays nothing before the unlock, then the scene the viewer is in (C-15)', () => {
    const { player, backend } = setup()
    player.start()
    expect(backend().isUnlocked).toBe(false)
    expect(backend().voices.size).toBe(0)
    player.audio.unlock()
    expect(backend().isUnlocked).toBe(true)
    expect(player.audio.mixer()!.getState().sceneId).toBe('scene:yard')
    expect(player.audio.store.getState().isUnlocked).toBe(true)
  })

  it('replays the scene and the unlock into a mixer connected later (StrictMode remount)', () => {
    const clock = createFakeClock(0)
    const player = createPlayerController(story, (path) => path, { persistProgress: false })
    player.start()
    player.audio.unlock()
    let backend: FakeBackend | undefined
    player.audio.connect(() => (backend = createFakeBackend(clock, { autoLoadMs: 10_000 })), clock)
    expect(backend!.isUnlocked).toBe(true)
    expect(player.audio.mixer()!.getState()).toMatchObject({ sceneId: 'scene:yard', isUnlocked: true })
  })

  it('keeps a shared bed across a scene change and preloads where the scene leads', () => {
    const { player, clock, backend } = setup()
    player.audio.unlock()
    player.start()
    clock.advance(2000)
    const wind = backend().activeVoices('asset:wind')[0]!
    expect(backend().clips.has('asset:traffic')).toBe(true) // the street's bed, preloaded
    player.select('hotspot:on' as HotspotId)
    clock.advance(2000)
    expect(backend().activeVoices('asset:wind').map((v) => v.id)).toEqual([wind.id]) // no restart
    expect(backend().activeVoices('asset:traffic')).toHaveLength(1)
  })

  it('plays a sound hotspot from its hotspot, and shows its caption even when nothing can play', () => {
    const { player, clock, backend, captions } = setup()
    player.start()
    player.select('hotspot:bell' as HotspotId) // locked: no sound, but the caption shows
    expect(captions()).toContain('[a bell rings]')
    player.audio.unlock()
    clock.advance(500)
    player.select('hotspot:bell' as HotspotId)
    expect(backend().activeVoices('asset:bell')).toHaveLength(1)
    expect(player.audio.mixer()!.getState().voices.find((v) => v.kind === 'hotspot')?.sourceId).toBe('hotspot:bell')
  })

  it('shows the narration cue at its time with the speaker, and follows a language switch', () => {
    const { player, clock, captions } = setup()
    player.audio.unlock()
    player.start()
    clock.advance(10) // the clip is loaded and starts
    expect(captions().filter((c) => c.startsWith('Guide'))).toEqual([])
    clock.advance(1200)
    expect(captions()).toContain('Guide: Welcome to the yard.')
    player.updateSettings({ language: 'nb' })
    expect(player.audio.mixer()!.getState().narration?.language).toBe('nb')
    clock.advance(1200)
    expect(captions()).toContain('Guide: Velkommen til gården.')
  })

  it('keeps a short sound caption readable for four seconds, then lets it go', () => {
    const { player, clock, captions } = setup()
    player.audio.unlock()
    player.start()
    clock.advance(10)
    expect(captions()).toContain('[a radio hums]')
    clock.advance(4100)
    expect(captions()).not.toContain('[a radio hums]')
  })

  it('remembers volumes, mute and mono and hands them to the mixer', () => {
    const { player } = setup()
    player.audio.setVolume('ambience', 0.4)
    player.audio.setMuted(true)
    player.audio.setMono(true)
    expect(player.audio.store.getState().settings).toEqual({ volumes: { narration: 1, ambience: 0.4, effects: 1 }, isMuted: true, isMono: true })
    expect(player.audio.mixer()!.getSettings()).toEqual(player.audio.store.getState().settings)
  })

  it('pauses and resumes everything, and "play" before the unlock unlocks (it is a click)', () => {
    const { player, backend } = setup()
    player.start()
    player.audio.togglePaused()
    expect(backend().isUnlocked).toBe(true)
    player.audio.togglePaused()
    expect(player.audio.store.getState().isPaused).toBe(true)
    player.audio.togglePaused()
    expect(player.audio.store.getState().isPaused).toBe(false)
  })
})
