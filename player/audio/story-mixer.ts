import { defaultAudioSettings, type AudioSettings } from './audio-settings'
import { createChangeNotifier } from './change-notifier'
import { createClipLibrary } from './clip-library'
import { systemClock, type TimerHandle } from './clock'
import type { StoryMixerOptions } from './mixer-options'
import type { EffectSoundResult, HotspotSoundResult, MixerState } from './mixer-state'
import { defaultMixerTiming, type MixerTiming } from './mixer-timing'
import { createNarrationPlayer } from './narration-player'
import { createSceneAudio } from './scene-audio'
import { storyIndex } from './scene-plan'
import { listenerVectors, type Vec3 } from './spatial-position'
import type { Channel, VoiceSpec } from './voice'
import { createVoiceSet } from './voice-set'

/**
 * The one owner of every sound in the player: ambient beds, positional sounds, narration, sound
 * hotspots and `playSound` effects. Pure logic over an injected `AudioBackend` and `Clock` (see
 * `StoryMixerOptions`); nothing reaches the backend before `unlock()` (C-15), and no failure of a clip
 * stops the story (C-16).
 */
export type StoryMixer = ReturnType<typeof createStoryMixer>

/** Creates the story mixer (see `StoryMixer`). It is silent and loads nothing until `unlock()`. */
export const createStoryMixer = (options: StoryMixerOptions) => {
  const { backend, story } = options
  const clock = options.clock ?? systemClock
  const timing: MixerTiming = { ...defaultMixerTiming, ...options.timing }
  const onError = options.onError ?? ((message, error) => console.warn(message, error))
  let settings: AudioSettings = structuredClone(options.settings ?? defaultAudioSettings)
  let isUnlocked = false
  let isDisposed = false
  let isPaused = false
  let isDucking = false
  let listenerYawDeg = 0
  let listenerPitchDeg = 0
  let unloadTimer: TimerHandle | undefined
  const forward: Vec3 = { x: 0, y: 0, z: -1 }
  const up: Vec3 = { x: 0, y: 1, z: 0 }

  const channelGain = (channel: Channel) => (settings.isMuted ? 0 : settings.volumes[channel])
  const targetGain = (spec: VoiceSpec) =>
    spec.baseGain * channelGain(spec.channel) * (spec.channel === 'ambience' && isDucking ? timing.duckGain : 1)

  /** Before listeners hear of a change: duck while narration is heard, and plan the next unload of unneeded clips. */
  const beforeNotify = () => {
    const shouldDuck = isUnlocked && channelGain('narration') > 0 && narration.isAudible()
    if (shouldDuck !== isDucking) {
      isDucking = shouldDuck
      voices.retarget((spec) => spec.channel === 'ambience', isDucking ? timing.duckAttackMs : timing.duckReleaseMs)
    }
    if (isUnlocked && unloadTimer === undefined) unloadTimer = clock.schedule(unloadUnneeded, timing.unloadGraceMs)
  }
  const notifier = createChangeNotifier(beforeNotify, onError)
  const { changed, batch } = notifier

  const index = storyIndex(story)
  const { findAudioAsset } = index
  const { resolveAssetUrl } = options
  const clips = createClipLibrary({ backend, clock, findAudioAsset, resolveAssetUrl, ...timing, onChange: changed })
  const voices = createVoiceSet({ backend, clock, clips, targetGain, resumeFadeMs: timing.resumeFadeMs, onChange: changed })
  const narration = createNarrationPlayer({ voices, clock, fadeOutMs: timing.narrationFadeOutMs, onChange: changed })
  const language = options.language ?? story.language
  const scene = createSceneAudio({ index, storyLanguage: story.language, language, clips, voices, narration, clock, timing })

  const unloadUnneeded = () => {
    unloadTimer = undefined
    clips.retainOnly(new Set([...scene.neededClipIds(), ...voices.assetIds()]))
  }

  const applyListener = () =>
    backend.setListenerOrientation(forward.x, forward.y, forward.z, up.x, up.y, up.z)

  const updateSettings = (next: AudioSettings, rampMs: number) => {
    settings = next
    voices.retarget(() => true, rampMs)
    options.onSettingsChange?.(structuredClone(settings))
    changed()
  }

  return {
    /** Call from the viewer's first gesture (the start button): starts the output and the current scene. */
    unlock: (): void =>
      batch(() => {
        if (isUnlocked || isDisposed) return
        isUnlocked = true
        backend.unlock()
        backend.setMono(settings.isMono)
        listenerVectors(listenerYawDeg, listenerPitchDeg, forward, up)
        applyListener()
        scene.start()
        changed()
      }),

    /** Goes to a scene: crossfades the beds (keeping those it shares), swaps the sounds, starts its narration. */
    enterScene: (sceneId: string, enterOptions: { language?: string; playNarration?: boolean } = {}): void =>
      batch(() => scene.enter(sceneId, enterOptions, isUnlocked)),

    /** Loads the beds and positional sounds of the scenes the viewer may go to next (replaces the last list). */
    preloadScenes: (sceneIds: readonly string[]): void => batch(() => scene.preload(sceneIds, isUnlocked)),

    /** Plays a `playSound` effect once on the effects channel; it carries on across a scene change. */
    playEffectSound: (assetId: string, gain = 1): EffectSoundResult =>
      batch(() => (isUnlocked ? scene.playEffect(assetId, gain) : 'locked')),

    /** Plays (or, while it plays, stops) a sound hotspot of the current scene, from its direction. */
    playHotspotSound: (hotspotId: string): HotspotSoundResult =>
      batch(() => (isUnlocked ? scene.toggleHotspot(hotspotId) : 'locked')),

    /** Plays the narration from the start, or resumes it when paused. */
    playNarration: (): void => batch(() => (isUnlocked ? narration.play() : undefined)),
    /** Pauses the narration (C-15). */
    pauseNarration: (): void => batch(() => narration.pause()),
    /** Resumes the narration. */
    resumeNarration: (): void => batch(() => (isUnlocked ? narration.resume() : undefined)),
    /** The narration position in ms, cheap enough to call every frame for captions. */
    narrationPositionMs: (): number => narration.positionMs(),

    /** Pauses every sound, the narration timeline included (C-15). */
    pauseAll: (): void =>
      batch(() => {
        isPaused = true
        voices.setAllPaused(true)
        narration.setAllPaused(true)
        changed()
      }),
    /** Undoes `pauseAll`. */
    resumeAll: (): void =>
      batch(() => {
        isPaused = false
        voices.setAllPaused(false)
        narration.setAllPaused(false)
        changed()
      }),

    /** Where the viewer looks, in the panorama's yaw/pitch (degrees). Call every frame; allocates nothing. */
    setListenerOrientation(yawDeg: number, pitchDeg: number): void {
      if (yawDeg === listenerYawDeg && pitchDeg === listenerPitchDeg) return
      listenerYawDeg = yawDeg
      listenerPitchDeg = pitchDeg
      if (!isUnlocked) return
      listenerVectors(yawDeg, pitchDeg, forward, up)
      applyListener()
    },

    /** Sets one channel's volume, 0–1 (C-14). */
    setChannelVolume: (channel: Channel, volume: number): void =>
      batch(() => {
        const clamped = Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : settings.volumes[channel]
        updateSettings({ ...settings, volumes: { ...settings.volumes, [channel]: clamped } }, timing.settingRampMs)
      }),
    /** Mutes or unmutes everything; time goes on (narration and captions continue). */
    setMuted: (isMuted: boolean): void => batch(() => updateSettings({ ...settings, isMuted }, timing.settingRampMs)),
    /** Mono output on or off (C-14). */
    setMono: (isMono: boolean): void =>
      batch(() => {
        if (isUnlocked) backend.setMono(isMono)
        updateSettings({ ...settings, isMono }, timing.settingRampMs)
      }),
    /** Changes the narration language; a narration that was playing restarts in the new language. */
    setLanguage: (language: string): void => batch(() => scene.setLanguage(language, isUnlocked)),

    /** The current settings (a copy). */
    getSettings: (): AudioSettings => structuredClone(settings),

    /** Everything the mixer is doing, as plain data, gains as of now. */
    getState: (): MixerState => ({
      isUnlocked,
      isPaused,
      sceneId: scene.sceneId(),
      language: scene.language(),
      settings: structuredClone(settings),
      isDucking,
      voices: voices.snapshot(),
      narration: narration.state(),
      unavailableAssets: clips.unavailable(),
      hasUnavailableAudio: scene.hasUnavailableAudio(),
    }),

    /** Calls `listener` after every change of state (not for gains moving along a ramp). Returns unsubscribe. */
    subscribe: notifier.subscribe,

    /** Now on the mixer's clock, in ms (for `activeSoundCaptions` and `VoiceState.startedAtMs`). */
    nowMs: (): number => clock.nowMs(),

    /** Stops every sound, unloads every clip, cancels every timer and disposes the backend. Later calls do nothing audible. */
    dispose(): void {
      if (isDisposed) return
      isDisposed = true
      isUnlocked = false
      if (unloadTimer !== undefined) clock.cancel(unloadTimer)
      notifier.clear()
      narration.dispose()
      voices.dispose()
      clips.dispose()
      backend.dispose()
    },
  }
}
