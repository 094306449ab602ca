import type { Vec3 } from './spatial-position'

/** The three volume channels a viewer controls (C-14). */
export type Channel = 'narration' | 'ambience' | 'effects'

/** The channels, in settings order. */
export const channels: readonly Channel[] = ['narration', 'ambience', 'effects']

/**
 * What a voice is for: an ambient bed, a positional sound of the soundscape, the scene narration, a
 * `playSound` effect, or a sound hotspot the viewer chose.
 */
export type VoiceKind = 'bed' | 'sound' | 'narration' | 'effect' | 'hotspot'

/** Where a positional voice sits, in the story's terms. */
export type Placement = { yawDeg: number; pitchDeg: number; distanceM: number }

/**
 * One sound the mixer wants heard. The `key` is its identity: starting a spec whose key is already
 * playing keeps that voice (no restart, no gap) and only ramps its gain (bed reuse across scenes).
 */
export type VoiceSpec = {
  key: string
  kind: VoiceKind
  channel: Channel
  assetId: string
  /** The sound id, hotspot id or narration language it comes from, for captions and the state. */
  sourceId: string | undefined
  loop: boolean
  /** The author's gain, 0–1, before channel volume, mute and ducking. */
  baseGain: number
  /** Fade from silence when it starts (and the ramp length when a kept voice changes gain), in ms. */
  fadeInMs: number
  /** Fade to silence when released, in ms. */
  fadeOutMs: number
  /** Position around the listener in metres; absent = not spatialised. */
  position?: Vec3 | undefined
  /** The same position in the story's terms, for the state and near-speaker captions. */
  placement?: Placement | undefined
  /**
   * A non-looping voice whose clip is unavailable "plays" silently this long (ms), so its caption
   * still shows and the story goes on (C-16). Absent: it is dropped at once. Looping voices stay
   * silent until released.
   */
  silentMs?: number | undefined
  /** Clock time (ms) after which the voice is dropped rather than started late (click sounds). */
  latestStartMs?: number | undefined
  /** The sound actually started. */
  onStart?: (() => void) | undefined
  /** A non-looping voice reached its end by itself (also after silent play). */
  onEnd?: (() => void) | undefined
  /** Its clip is unavailable. */
  onUnavailable?: (() => void) | undefined
}

/** What a voice is doing now. */
export type VoiceStatus = 'loading' | 'playing' | 'paused' | 'fading-out' | 'silent'

/** A voice as the mixer state shows it (plain data). */
export type VoiceState = {
  key: string
  kind: VoiceKind
  channel: Channel
  assetId: string
  sourceId: string | null
  status: VoiceStatus
  /** Effective gain now, 0–1 (after channel volume, mute and ducking). */
  gain: number
  /** The gain it is ramping to. */
  targetGain: number
  loop: boolean
  /** Clock time it started (or started silently), in ms; null while loading. */
  startedAtMs: number | null
  placement: Placement | null
}
