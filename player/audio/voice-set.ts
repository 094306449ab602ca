import type { AudioBackend } from './audio-backend'
import type { ClipLibrary } from './clip-library'
import type { Clock } from './clock'
import { rampRemainingMs } from './gain-ramp'
import type { VoiceSpec, VoiceState } from './voice'
import { createVoicePlayback } from './voice-playback'
import { newVoiceRecord, voiceSnapshot, type VoiceRecord } from './voice-record'

/**
 * Every voice the mixer has asked for, keyed by `VoiceSpec.key`: waits for each clip, starts it at the
 * right gain, ramps when targets change, fades out then stops, pauses and resumes, and plays silently
 * when a clip is unavailable (C-16).
 */
export type VoiceSetOptions = {
  backend: AudioBackend
  clock: Clock
  clips: ClipLibrary
  /** The gain a live voice should have now (author gain × channel × mute × ducking). */
  targetGain: (spec: VoiceSpec) => number
  /** Ramp length when a paused voice comes back, in ms. */
  resumeFadeMs: number
  /** A voice started, stopped, ended or changed status. */
  onChange: () => void
}

/** The voice set: see `createVoiceSet`. */
export type VoiceSet = ReturnType<typeof createVoiceSet>

/** Creates an empty voice set. */
export const createVoiceSet = (options: VoiceSetOptions) => {
  const { clock, clips, onChange } = options
  const voices = new Map<string, VoiceRecord>()
  let isAllPaused = false
  const isSounding = (voice: VoiceRecord) => !isAllPaused && !voice.isHeld
  const targetOf = (voice: VoiceRecord) => (voice.isLive ? options.targetGain(voice.spec) : 0)
  const playback = createVoicePlayback({ ...options, voices, isSounding, targetOf })
  const { clearTimer, rampTo, remove } = playback

  return {
    /** Starts a voice, or keeps the one with the same key (no restart) and ramps it to its new gain over `fadeInMs`. */
    start(spec: VoiceSpec): void {
      const existing = voices.get(spec.key)
      if (existing) {
        existing.spec = spec
        if (!existing.isLive) clearTimer(existing)
        existing.isLive = true
        if (existing.backendId !== undefined && isSounding(existing)) rampTo(existing, targetOf(existing), spec.fadeInMs)
        onChange()
        return
      }
      const voice = newVoiceRecord(spec, clock.nowMs())
      voices.set(spec.key, voice)
      const stopWaiting = clips.whenSettled(spec.assetId, (clip) => {
        voice.stopWaiting = undefined
        if (voices.get(spec.key) !== voice) return
        if (clip.status === 'ready') playback.begin(voice)
        else playback.goSilent(voice)
      })
      if (voices.get(spec.key) === voice && !voice.isReady && !voice.isSilent) voice.stopWaiting = stopWaiting
      onChange()
    },

    /** Fades a voice out over `fadeOutMs` (its spec's by default) and then stops it; at once when it is not sounding. */
    release(key: string, fadeOutMs?: number): void {
      const voice = voices.get(key)
      if (!voice || !voice.isLive) return
      voice.isLive = false
      const fadeMs = fadeOutMs ?? voice.spec.fadeOutMs
      if (voice.backendId === undefined || !isSounding(voice) || fadeMs <= 0) remove(voice)
      else {
        rampTo(voice, 0, fadeMs)
        clearTimer(voice)
        voice.timer = clock.schedule(() => {
          voice.timer = undefined
          if (remove(voice)) onChange()
        }, fadeMs)
      }
      onChange()
    },

    /** Ramps every live, sounding voice that `matches` to its current target, over at least `minRampMs`. */
    retarget(matches: (spec: VoiceSpec) => boolean, minRampMs: number): void {
      const nowMs = clock.nowMs()
      for (const voice of voices.values()) {
        if (!voice.isLive || voice.backendId === undefined || !isSounding(voice) || !matches(voice.spec)) continue
        const target = targetOf(voice)
        if (target !== voice.ramp.toGain) rampTo(voice, target, Math.max(minRampMs, rampRemainingMs(voice.ramp, nowMs)))
      }
    },

    /** Pauses (true) or resumes (false) every voice; voices fading out are stopped. */
    setAllPaused(isPaused: boolean): void {
      if (isPaused === isAllPaused) return
      for (const voice of [...voices.values()]) {
        if (isPaused && !voice.isLive) remove(voice)
        else if (isPaused && !voice.isHeld) playback.stopOutput(voice)
      }
      isAllPaused = isPaused
      if (!isPaused) for (const voice of [...voices.values()]) if (!voice.isHeld) playback.restartOutput(voice)
      onChange()
    },

    /** Pauses (true) or resumes (false) one voice, e.g. the narration. */
    setHeld(key: string, isHeld: boolean): void {
      const voice = voices.get(key)
      if (!voice || voice.isHeld === isHeld) return
      if (isHeld && !isAllPaused) playback.stopOutput(voice)
      voice.isHeld = isHeld
      if (!isHeld && !isAllPaused) playback.restartOutput(voice)
      onChange()
    },

    /** True when the voice exists and is live (not fading out). */
    isLive: (key: string): boolean => voices.get(key)?.isLive ?? false,

    /** True when the voice's sound is going out now (started, live, not paused, not silent). */
    isAudible: (key: string): boolean => {
      const voice = voices.get(key)
      return !!voice && voice.isLive && voice.backendId !== undefined && isSounding(voice)
    },

    /** The backend's playback position of a voice in ms, when known. */
    positionMs: (key: string): number | undefined => {
      const id = voices.get(key)?.backendId
      return id === undefined ? undefined : options.backend.positionMs(id)
    },

    /** Keys of the voices whose spec `matches`. */
    keys: (matches: (spec: VoiceSpec) => boolean): string[] =>
      [...voices.values()].filter((voice) => matches(voice.spec)).map((voice) => voice.spec.key),

    /** Asset ids the voices use (their clips must stay loaded). */
    assetIds: (): Set<string> => new Set([...voices.values()].map((voice) => voice.spec.assetId)),

    /** The voices as plain data, gains as of now. */
    snapshot: (): VoiceState[] => [...voices.values()].map((voice) => voiceSnapshot(voice, clock.nowMs(), isSounding(voice))),

    /** Stops every voice at once. */
    dispose(): void {
      for (const voice of [...voices.values()]) remove(voice)
    },
  }
}
