import type { Vec3 } from './spatial-position'

/**
 * What the mixer needs from an audio engine. `howler-backend.ts` implements it with howler; tests use
 * `testing/fake-backend.ts`. The mixer decides everything (what plays, when, how loud); a backend only
 * does as told and reports loads, failures and natural ends. A backend never throws out of a call and
 * never calls an event after `unloadClip` for that clip.
 */
export interface AudioBackend {
  /** Creates or resumes the audio output. Must be called inside the viewer's first gesture (C-15). */
  unlock(): void
  /** Starts loading a clip under `clipKey`; exactly one of the events follows (possibly at once). */
  loadClip(clipKey: string, source: ClipSource, events: ClipLoadEvents): void
  /** Stops every voice of the clip and frees its memory; pending load events are dropped. */
  unloadClip(clipKey: string): void
  /** Starts a voice of a loaded clip; returns its voice id. */
  play(clipKey: string, options: PlayOptions): number
  /** Ramps a voice's gain linearly from `fromGain` to `toGain` over `durationMs` (0 = at once). */
  rampGain(voiceId: number, fromGain: number, toGain: number, durationMs: number): void
  /** Pauses a voice where it is. */
  pause(voiceId: number): void
  /** Resumes a paused voice. */
  resume(voiceId: number): void
  /** Stops a voice for good (no end event). */
  stop(voiceId: number): void
  /** Playback position of a voice in ms, when the engine knows it. */
  positionMs(voiceId: number): number | undefined
  /** Listener orientation: forward and up unit vectors (see `spatial-position.ts`). Called per frame. */
  setListenerOrientation(forwardX: number, forwardY: number, forwardZ: number, upX: number, upY: number, upZ: number): void
  /** Mono output on or off (C-14). */
  setMono(isMono: boolean): void
  /** Frees everything. */
  dispose(): void
  /** The node every voice passes last (after mono), for level meters and tests; undefined before `unlock`. */
  outputTap?(): AudioOutputTap | undefined
}

/** Where the mixed output can be listened to (an extra connection; it does not change the sound). */
export type AudioOutputTap = { context: BaseAudioContext; node: AudioNode }

/** Where a clip comes from. The MIME type matters: blob: URLs have no file extension to go by. */
export type ClipSource = { url: string; mime: string }

/** How a clip load ended. */
export type ClipLoadEvents = {
  /** Loaded and decoded; `durationMs` is the decoded length. */
  onLoad(durationMs: number): void
  /** Could not be fetched, decoded or played in this browser. */
  onError(reason: ClipErrorReason, detail: string): void
}

/** Why a backend could not load a clip. */
export type ClipErrorReason = 'load-error' | 'decode-error' | 'unsupported'

/** How to start a voice. */
export type PlayOptions = {
  /** Repeat forever. */
  loop: boolean
  /** Starting gain, 0–1. */
  gain: number
  /** Where the sound is, in metres around the listener; absent = not spatialised (plain stereo). */
  position?: Vec3 | undefined
  /** Called once when a non-looping voice reaches its end by itself (not after `stop`). */
  onEnd?: (() => void) | undefined
}
