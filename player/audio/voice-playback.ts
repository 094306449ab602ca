import type { AudioBackend } from './audio-backend'
import type { Clock } from './clock'
import { gainAt, steadyGain } from './gain-ramp'
import type { VoiceRecord } from './voice-record'

/**
 * What happens to one voice's sound: start it (fading in), ramp it, play it silently when its clip is
 * unavailable, stop and restart its output for pauses, remove it. Shared by the voice set's operations.
 */
export type VoicePlaybackContext = {
  backend: AudioBackend
  clock: Clock
  voices: Map<string, VoiceRecord>
  /** True when the voice may sound now (not paused, not held). */
  isSounding: (voice: VoiceRecord) => boolean
  /** The gain the voice should have now (0 once released). */
  targetOf: (voice: VoiceRecord) => number
  resumeFadeMs: number
  onChange: () => void
}

/** The playback steps over a context (see `VoicePlaybackContext`). */
export const createVoicePlayback = (ctx: VoicePlaybackContext) => {
  const { backend, clock, voices } = ctx

  const clearTimer = (voice: VoiceRecord) => {
    if (voice.timer !== undefined) clock.cancel(voice.timer)
    voice.timer = undefined
  }

  /** Ramps from the gain now to `toGain` over `durationMs`, in the model and the backend. */
  const rampTo = (voice: VoiceRecord, toGain: number, durationMs: number) => {
    const nowMs = clock.nowMs()
    const fromGain = gainAt(voice.ramp, nowMs)
    voice.ramp = { fromGain, toGain, startMs: nowMs, durationMs: Math.max(0, durationMs) }
    if (voice.backendId !== undefined) backend.rampGain(voice.backendId, fromGain, toGain, voice.ramp.durationMs)
  }

  /** Forgets a voice and stops its sound; false when it was already gone. */
  const remove = (voice: VoiceRecord): boolean => {
    if (voices.get(voice.spec.key) !== voice) return false
    clearTimer(voice)
    voice.stopWaiting?.()
    voices.delete(voice.spec.key)
    if (voice.backendId !== undefined) backend.stop(voice.backendId)
    return true
  }

  const ended = (voice: VoiceRecord) => {
    if (!remove(voice)) return
    voice.spec.onEnd?.()
    ctx.onChange()
  }

  const scheduleSilentEnd = (voice: VoiceRecord, leftMs: number) => {
    voice.silentEndsAtMs = clock.nowMs() + leftMs
    voice.timer = clock.schedule(() => ended(voice), leftMs)
  }

  /** Its clip is ready: starts the sound now, or when nothing holds it any more. */
  const begin = (voice: VoiceRecord) => {
    voice.isReady = true
    if (!ctx.isSounding(voice)) return
    const nowMs = clock.nowMs()
    if (voice.spec.latestStartMs !== undefined && nowMs > voice.spec.latestStartMs) {
      remove(voice)
      ctx.onChange()
      return
    }
    const target = ctx.targetOf(voice)
    const startGain = voice.spec.fadeInMs > 0 ? 0 : target
    const { loop, position } = voice.spec
    voice.backendId = backend.play(voice.spec.assetId, { loop, gain: startGain, position, onEnd: loop ? undefined : () => ended(voice) })
    voice.startedAtMs = nowMs
    voice.ramp = steadyGain(startGain, nowMs)
    if (startGain !== target) rampTo(voice, target, voice.spec.fadeInMs)
    voice.spec.onStart?.()
    ctx.onChange()
  }

  /** Its clip is unavailable: drops it, or lets it "play" silently (see `VoiceSpec.silentMs`). */
  const goSilent = (voice: VoiceRecord) => {
    voice.spec.onUnavailable?.()
    if (voices.get(voice.spec.key) !== voice) return
    if (!voice.spec.loop && voice.spec.silentMs === undefined) remove(voice)
    else {
      voice.isSilent = true
      voice.startedAtMs = clock.nowMs()
      voice.silentLeftMs = voice.spec.loop ? undefined : voice.spec.silentMs
      if (voice.silentLeftMs !== undefined && ctx.isSounding(voice)) scheduleSilentEnd(voice, voice.silentLeftMs)
    }
    ctx.onChange()
  }

  /** Pauses its output where it is (gain frozen). */
  const stopOutput = (voice: VoiceRecord) => {
    if (voice.backendId !== undefined) {
      rampTo(voice, gainAt(voice.ramp, clock.nowMs()), 0)
      backend.pause(voice.backendId)
    } else if (voice.isSilent && voice.silentEndsAtMs !== undefined) {
      clearTimer(voice)
      voice.silentLeftMs = Math.max(0, voice.silentEndsAtMs - clock.nowMs())
      voice.silentEndsAtMs = undefined
    }
  }

  /** Resumes its output (ramping back to its target), or starts it if it became ready meanwhile. */
  const restartOutput = (voice: VoiceRecord) => {
    if (voice.backendId !== undefined) {
      backend.resume(voice.backendId)
      rampTo(voice, ctx.targetOf(voice), ctx.resumeFadeMs)
    } else if (voice.isSilent && voice.silentLeftMs !== undefined) scheduleSilentEnd(voice, voice.silentLeftMs)
    else if (voice.isReady && !voice.isSilent) begin(voice)
  }

  return { clearTimer, rampTo, remove, begin, goSilent, stopOutput, restartOutput }
}
