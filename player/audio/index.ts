/**
 * player/audio: the story mixer (every sound in the player), its howler backend and the viewer's audio
 * settings. Import from here, not from the files. The player connects one mixer per story through
 * `runtime/player-audio.ts`.
 */
import type { AudioBackend } from './audio-backend'

export type { AudioBackend, AudioOutputTap, ClipErrorReason, ClipLoadEvents, ClipSource, PlayOptions } from './audio-backend'
export { audioSettingsKey, audioSettingsSchema, defaultAudioSettings, loadAudioSettings, saveAudioSettings } from './audio-settings'
export type { AudioSettings } from './audio-settings'
export type { UnavailableAsset, UnavailableReason } from './clip-library'
export { systemClock } from './clock'
export type { Clock, TimerHandle } from './clock'
export { gainFromDb } from './gain-ramp'
/** The howler backend, as its own lazy chunk (howler is not needed for the first picture). */
export const loadHowlerBackend = (): Promise<() => AudioBackend> => import('./howler-backend').then((module) => module.createHowlerBackend)
export type { EffectSoundResult, HotspotSoundResult, MixerState } from './mixer-state'
export { defaultMixerTiming } from './mixer-timing'
export type { MixerTiming } from './mixer-timing'
export type { NarrationState, NarrationStatus } from './narration-player'
export { narrationDurationMs, pickNarration } from './scene-plan'
export { listenerVectors, positionFromYawPitch } from './spatial-position'
export type { Vec3 } from './spatial-position'
export { browserStorage } from './stored-setting'
export type { SettingsStorage } from './stored-setting'
export { createStoryMixer } from './story-mixer'
export type { StoryMixerOptions } from './mixer-options'
export type { StoryMixer } from './story-mixer'
export { channels } from './voice'
export type { Channel, Placement, VoiceKind, VoiceState, VoiceStatus } from './voice'
