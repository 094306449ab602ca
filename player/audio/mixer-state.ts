import type { AudioSettings } from './audio-settings'
import type { UnavailableAsset } from './clip-library'
import type { NarrationState } from './narration-player'
import type { VoiceState } from './voice'

/**
 * Everything the mixer is doing, as plain serialisable data (for the UI, tests and bug reports).
 * Gains are computed at the moment `getState()` is called.
 */
export type MixerState = {
  /** `unlock()` was called: sound may play (C-15). */
  isUnlocked: boolean
  /** `pauseAll()` is in effect. */
  isPaused: boolean
  /** The scene entered last, or null. */
  sceneId: string | null
  /** The language narration is chosen for. */
  language: string
  settings: AudioSettings
  /** The ambience channel is ducked under narration now. */
  isDucking: boolean
  /** Every voice loading, playing, paused, fading out or playing silently. */
  voices: VoiceState[]
  /** The current scene's narration, or null when it has none. */
  narration: NarrationState | null
  /** Every asset found unavailable so far, and why (C-16, B-36). */
  unavailableAssets: UnavailableAsset[]
  /** A sound of the current scene, or one playing now, is unavailable: show the "audio unavailable" notice. */
  hasUnavailableAudio: boolean
}

/** What `playEffectSound` did: started (or will once loaded), unavailable, or nothing before `unlock()`. */
export type EffectSoundResult = 'started' | 'unavailable' | 'locked'

/**
 * What `playHotspotSound` did. A sound hotspot toggles: choosing it while its sound plays stops it
 * (C-15). An unavailable sound still "plays" silently so its caption shows (C-16).
 */
export type HotspotSoundResult = 'started' | 'stopped' | 'unavailable' | 'locked' | 'not-a-sound'
