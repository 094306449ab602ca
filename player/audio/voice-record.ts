import type { TimerHandle } from './clock'
import { gainAt, steadyGain, type GainRamp } from './gain-ramp'
import type { VoiceSpec, VoiceState, VoiceStatus } from './voice'

/** The voice set's record of one voice (internal to `voice-set.ts` and `voice-playback.ts`). */
export type VoiceRecord = {
  spec: VoiceSpec
  /** False once released (fading out or gone). */
  isLive: boolean
  /** Paused on its own (the narration's pause). */
  isHeld: boolean
  /** Its clip is ready: it plays as soon as nothing holds it. */
  isReady: boolean
  /** Its clip is unavailable: it "plays" without sound. */
  isSilent: boolean
  backendId: number | undefined
  /** The model of its backend gain. */
  ramp: GainRamp
  startedAtMs: number | undefined
  /** Stop after a fade-out, or the end of silent play. */
  timer: TimerHandle | undefined
  silentEndsAtMs: number | undefined
  silentLeftMs: number | undefined
  stopWaiting: (() => void) | undefined
}

/** A new record for a spec, waiting for its clip. */
export const newVoiceRecord = (spec: VoiceSpec, nowMs: number): VoiceRecord => ({
  spec,
  isLive: true,
  isHeld: false,
  isReady: false,
  isSilent: false,
  backendId: undefined,
  ramp: steadyGain(0, nowMs),
  startedAtMs: undefined,
  timer: undefined,
  silentEndsAtMs: undefined,
  silentLeftMs: undefined,
  stopWaiting: undefined,
})

/** What a voice is doing, given whether it may sound now (not paused, not held). */
export const voiceStatus = (voice: VoiceRecord, isSounding: boolean): VoiceStatus => {
  if (voice.isSilent) return 'silent'
  if (!voice.isLive) return 'fading-out'
  if (voice.backendId === undefined && !voice.isReady) return 'loading'
  return isSounding ? 'playing' : 'paused'
}

/** A voice as plain data, its gain as of `nowMs`. */
export const voiceSnapshot = (voice: VoiceRecord, nowMs: number, isSounding: boolean): VoiceState => ({
  key: voice.spec.key,
  kind: voice.spec.kind,
  channel: voice.spec.channel,
  assetId: voice.spec.assetId,
  sourceId: voice.spec.sourceId ?? null,
  status: voiceStatus(voice, isSounding),
  gain: voice.backendId === undefined ? 0 : gainAt(voice.ramp, nowMs),
  targetGain: voice.backendId === undefined ? 0 : voice.ramp.toGain,
  loop: voice.spec.loop,
  startedAtMs: voice.startedAtMs ?? null,
  placement: voice.spec.placement ? { ...voice.spec.placement } : null,
})
