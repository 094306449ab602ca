import { gainFromDb } from './gain-ramp'

/** Timing and levels of the mixer; every value can be overridden in `createStoryMixer({ timing })`. */
export type MixerTiming = {
  /** How long a needed clip may take to load before it counts as unavailable, in ms (B-36). */
  loadTimeoutMs: number
  /** Shortest decoded/declared duration ratio accepted; shorter clips count as corrupt (B-36). */
  minDurationRatio: number
  /** Gain factor on the ambience channel while narration is heard (−10 dB ≈ 0.316). */
  duckGain: number
  /** Ramp into ducking, in ms. */
  duckAttackMs: number
  /** Ramp back out of ducking, in ms. */
  duckReleaseMs: number
  /** Ramp for channel volume and mute changes, in ms (short, to avoid clicks). */
  settingRampMs: number
  /** Fade of positional sounds entering and leaving a scene, in ms. */
  positionalFadeMs: number
  /** Fade of sound hotspots stopped by the viewer or a scene change, in ms. */
  hotspotFadeOutMs: number
  /** Fade of the narration stopped by a scene or language change, in ms. */
  narrationFadeOutMs: number
  /** Ramp back to full level after a pause, in ms. */
  resumeFadeMs: number
  /** How long an unavailable clip of unknown length "plays" silently (captions), in ms. */
  silentFallbackMs: number
  /** A click sound whose clip is not ready this long after the click is dropped, in ms. */
  effectMaxDelayMs: number
  /** Distance of sound hotspots from the listener, in m (the panner's reference distance: no attenuation). */
  hotspotDistanceM: number
  /** Clips no longer needed are unloaded this long after the last change, in ms. */
  unloadGraceMs: number
}

/** The defaults. */
export const defaultMixerTiming: MixerTiming = {
  loadTimeoutMs: 8000,
  minDurationRatio: 0.75,
  duckGain: gainFromDb(-10),
  duckAttackMs: 300,
  duckReleaseMs: 800,
  settingRampMs: 50,
  positionalFadeMs: 500,
  hotspotFadeOutMs: 200,
  narrationFadeOutMs: 250,
  resumeFadeMs: 150,
  silentFallbackMs: 3000,
  effectMaxDelayMs: 1500,
  hotspotDistanceM: 1,
  unloadGraceMs: 1000,
}
