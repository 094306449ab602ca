import type { AudioBackend, ClipErrorReason, ClipLoadEvents, ClipSource, PlayOptions } from '../audio-backend'
import type { Clock } from '../clock'
import { gainAt, steadyGain, type GainRamp } from '../gain-ramp'

/** A voice as the fake backend holds it. */
export type FakeVoice = {
  id: number
  clipKey: string
  options: PlayOptions
  status: 'playing' | 'paused' | 'stopped' | 'ended'
  ramp: GainRamp
  positionMs: number | undefined
}

/** A clip load the test decides the outcome of. */
export type FakeClip = {
  clipKey: string
  source: ClipSource
  events: ClipLoadEvents
  status: 'loading' | 'loaded' | 'failed' | 'unloaded'
}

/**
 * An `AudioBackend` for tests: records every call, lets the test finish or fail loads and end voices,
 * and computes each voice's gain over time from the ramps it was told, on the same fake clock.
 */
export type FakeBackend = AudioBackend & {
  calls: string[]
  clips: Map<string, FakeClip>
  voices: Map<number, FakeVoice>
  listener: number[]
  isMono: boolean
  isUnlocked: boolean
  /** Finishes a pending load with a decoded duration. */
  load(clipKey: string, durationMs?: number): void
  /** Fails a pending load. */
  fail(clipKey: string, reason?: ClipErrorReason): void
  /** Ends a voice as if it reached its end. */
  end(voiceId: number): void
  /** The voices of a clip that are playing or paused. */
  activeVoices(clipKey: string): FakeVoice[]
  /** The backend gain of a voice now. */
  gainOf(voiceId: number): number
}

/** Creates a fake backend. With `autoLoadMs`, every load succeeds at once with that duration. */
export const createFakeBackend = (clock: Clock, options: { autoLoadMs?: number } = {}): FakeBackend => {
  let nextVoiceId = 1
  const backend: FakeBackend = {
    calls: [],
    clips: new Map(),
    voices: new Map(),
    listener: [0, 0, -1, 0, 1, 0],
    isMono: false,
    isUnlocked: false,
    unlock() {
      backend.calls.push('unlock')
      backend.isUnlocked = true
    },
    loadClip(clipKey, source, events) {
      backend.calls.push(`load ${clipKey}`)
      backend.clips.set(clipKey, { clipKey, source, events, status: 'loading' })
      if (options.autoLoadMs !== undefined) backend.load(clipKey, options.autoLoadMs)
    },
    unloadClip(clipKey) {
      backend.calls.push(`unload ${clipKey}`)
      const clip = backend.clips.get(clipKey)
      if (clip) clip.status = 'unloaded'
      for (const voice of backend.activeVoices(clipKey)) voice.status = 'stopped'
    },
    play(clipKey, playOptions) {
      const clip = backend.clips.get(clipKey)
      if (clip?.status !== 'loaded') throw new Error(`play before load: ${clipKey}`)
      const id = nextVoiceId++
      backend.calls.push(`play ${clipKey} #${id}`)
      const ramp = steadyGain(playOptions.gain, clock.nowMs())
      backend.voices.set(id, { id, clipKey, options: playOptions, status: 'playing', ramp, positionMs: undefined })
      return id
    },
    rampGain(voiceId, fromGain, toGain, durationMs) {
      const voice = backend.voices.get(voiceId)
      if (voice) voice.ramp = { fromGain, toGain, startMs: clock.nowMs(), durationMs }
    },
    pause(voiceId) {
      backend.calls.push(`pause #${voiceId}`)
      const voice = backend.voices.get(voiceId)
      if (voice?.status === 'playing') voice.status = 'paused'
    },
    resume(voiceId) {
      backend.calls.push(`resume #${voiceId}`)
      const voice = backend.voices.get(voiceId)
      if (voice?.status === 'paused') voice.status = 'playing'
    },
    stop(voiceId) {
      const voice = backend.voices.get(voiceId)
      if (voice && (voice.status === 'playing' || voice.status === 'paused')) {
        backend.calls.push(`stop #${voiceId}`)
        voice.status = 'stopped'
      }
    },
    positionMs: (voiceId) => backend.voices.get(voiceId)?.positionMs,
    setListenerOrientation(fx, fy, fz, ux, uy, uz) {
      const l = backend.listener
      l[0] = fx
      l[1] = fy
      l[2] = fz
      l[3] = ux
      l[4] = uy
      l[5] = uz
    },
    setMono(isMono) {
      backend.isMono = isMono
    },
    dispose() {
      backend.calls.push('dispose')
    },
    load(clipKey, durationMs = 10_000) {
      const clip = backend.clips.get(clipKey)
      if (clip?.status !== 'loading') return
      clip.status = 'loaded'
      clip.events.onLoad(durationMs)
    },
    fail(clipKey, reason = 'decode-error') {
      const clip = backend.clips.get(clipKey)
      if (clip?.status !== 'loading') return
      clip.status = 'failed'
      clip.events.onError(reason, 'failed by the test')
    },
    end(voiceId) {
      const voice = backend.voices.get(voiceId)
      if (voice?.status !== 'playing') return
      voice.status = 'ended'
      voice.options.onEnd?.()
    },
    activeVoices: (clipKey) =>
      [...backend.voices.values()].filter((v) => v.clipKey === clipKey && (v.status === 'playing' || v.status === 'paused')),
    gainOf: (voiceId) => {
      const voice = backend.voices.get(voiceId)
      return voice ? gainAt(voice.ramp, clock.nowMs()) : 0
    },
  }
  return backend
}
