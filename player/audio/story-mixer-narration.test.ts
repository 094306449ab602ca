import { describe, expect, it } from 'vitest'
import type { Narration } from '@story-schema'
import { audioAsset, bed, positional, soundScene, soundStory } from './testing/audio-story'
import { mixerHarness } from './testing/mixer-harness'

const cues = (...times: [number, number, string][]) => times.map(([startMs, endMs, text]) => ({ startMs, endMs, text }))
const narration = (language: string, assetId: string | undefined, endMs = 4000): Narration =>
  ({ language, ...(assetId ? { assetId } : {}), cues: cues([0, 2000, `${language} one`], [2000, endMs, `${language} two`]) }) as Narration

const story = soundStory(
  [
    soundScene('harbour', {
      soundscape: { beds: [bed('waves', 'waves', 0.6, 0, 1000)], sounds: [positional('gull', 'gull', -90, { gain: 0.5 })] },
      narrations: [narration('en', 'asset:voice-en'), narration('nb', 'asset:voice-nb')],
    }),
    soundScene('pier', { narrations: [narration('en', undefined, 3000)] }),
  ],
  [audioAsset('waves', 4000), audioAsset('gull', 4000), audioAsset('voice-en', 4000), audioAsset('voice-nb', 4000)],
)

describe('story mixer: narration', () => {
  it('plays the narration on entering and ducks the ambience by about 10 dB while it is heard', () => {
    const { mixer, backend, clock, gainOf, voiceOf } = mixerHarness(story, { autoLoadMs: 4000 })
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    expect(voiceOf('voice-en').options.position).toBeUndefined()
    expect(mixer.getState()).toMatchObject({ isDucking: true, narration: { status: 'playing', language: 'en', hasAudio: true } })
    clock.advance(150)
    expect(gainOf('waves')).toBeCloseTo((0.6 + 0.6 * 0.316) / 2, 2)
    clock.advance(150)
    expect(gainOf('waves')).toBeCloseTo(0.6 * 0.316, 2)
    clock.advance(200)
    expect(gainOf('gull')).toBeCloseTo(0.5 * 0.316, 2)
    clock.advance(1000)
    expect(mixer.narrationPositionMs()).toBe(1500)

    backend.end(voiceOf('voice-en').id)
    expect(mixer.getState()).toMatchObject({ isDucking: false, narration: { status: 'ended', positionMs: 4000 } })
    clock.advance(400)
    expect(gainOf('waves')).toBeCloseTo(0.6 * 0.316 + (0.6 - 0.6 * 0.316) / 2, 2)
    clock.advance(400)
    expect(gainOf('waves')).toBeCloseTo(0.6)

    mixer.playNarration()
    expect(backend.activeVoices('asset:voice-en')).toHaveLength(1)
    expect(mixer.getState().narration?.positionMs).toBe(0)
  })

  it('pauses and resumes the narration, un-ducking while paused (C-15)', () => {
    const { mixer, backend, clock, gainOf, voiceOf } = mixerHarness(story, { autoLoadMs: 4000 })
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    clock.advance(1000)
    mixer.pauseNarration()
    expect(voiceOf('voice-en').status).toBe('paused')
    expect(mixer.getState()).toMatchObject({ isDucking: false, narration: { status: 'paused', positionMs: 1000 } })
    clock.advance(5000)
    expect(mixer.narrationPositionMs()).toBe(1000)
    expect(gainOf('waves')).toBeCloseTo(0.6)
    mixer.resumeNarration()
    expect(backend.calls).toContain(`resume #${voiceOf('voice-en').id}`)
    clock.advance(500)
    expect(mixer.getState()).toMatchObject({ isDucking: true, narration: { status: 'playing', positionMs: 1500 } })
  })

  it('does not duck when the narration cannot be heard (narration volume 0 or muted)', () => {
    const { mixer } = mixerHarness(story, { autoLoadMs: 4000 })
    mixer.unlock()
    mixer.setChannelVolume('narration', 0)
    mixer.enterScene('scene:harbour')
    expect(mixer.getState().isDucking).toBe(false)
    mixer.setChannelVolume('narration', 0.5)
    expect(mixer.getState().isDucking).toBe(true)
    mixer.setMuted(true)
    expect(mixer.getState().isDucking).toBe(false)
  })

  it('uses the backend position when it knows it', () => {
    const { mixer, clock, voiceOf } = mixerHarness(story, { autoLoadMs: 4000 })
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    clock.advance(1000)
    voiceOf('voice-en').positionMs = 1234
    expect(mixer.narrationPositionMs()).toBe(1234)
  })

  it('picks the narration by language with fallback, and switches language mid-way', () => {
    const { mixer, backend, clock } = mixerHarness(story, { autoLoadMs: 4000, language: 'nb-NO' })
    mixer.unlock()
    mixer.enterScene('scene:harbour')
    expect(mixer.getState().narration?.language).toBe('nb')
    expect(backend.activeVoices('asset:voice-nb')).toHaveLength(1)
    mixer.setLanguage('en')
    clock.advance(300)
    expect(backend.activeVoices('asset:voice-nb')).toHaveLength(0)
    expect(backend.activeVoices('asset:voice-en')).toHaveLength(1)
    expect(mixer.getState()).toMatchObject({ language: 'en', narration: { language: 'en', status: 'playing' } })

    mixer.enterScene('scene:pier', { language: 'fr' })
    expect(mixer.getState().narration).toMatchObject({ language: 'en', hasAudio: false, status: 'playing' })
  })

  it('runs captions-only narration on the clock, without ducking', () => {
    const { mixer, clock } = mixerHarness(story, { autoLoadMs: 4000 })
    mixer.unlock()
    mixer.enterScene('scene:pier')
    expect(mixer.getState()).toMatchObject({ isDucking: false, narration: { hasAudio: false, status: 'playing', durationMs: 3000 } })
    clock.advance(2500)
    expect(mixer.narrationPositionMs()).toBe(2500)
    mixer.pauseAll()
    clock.advance(2500)
    expect(mixer.narrationPositionMs()).toBe(2500)
    mixer.resumeAll()
    clock.advance(600)
    expect(mixer.getState().narration).toMatchObject({ status: 'ended', positionMs: 3000 })
  })

  it('can enter a scene without starting its narration', () => {
    const { mixer, backend } = mixerHarness(story, { autoLoadMs: 4000 })
    mixer.unlock()
    mixer.enterScene('scene:harbour', { playNarration: false })
    expect(mixer.getState().narration?.status).toBe('idle')
    expect(backend.activeVoices('asset:voice-en')).toHaveLength(0)
    mixer.playNarration()
    expect(backend.activeVoices('asset:voice-en')).toHaveLength(1)
  })
})
