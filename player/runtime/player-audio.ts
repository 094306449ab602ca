import type { Scene, Story } from '@story-schema'
import { sceneExitIds } from '@story-schema'
import { createStore } from 'zustand/vanilla'
import type { AudioBackend, AudioOutputTap, AudioSettings, Channel, Clock, StoryMixer } from '../audio'
import { createStoryMixer, loadAudioSettings, saveAudioSettings } from '../audio'
import type { PlaySoundEffect } from './effect-sink'

/**
 * The player's side of sound (issue #4): the one story mixer of this player, plugged in by the React
 * tree (`connect`, from an effect, so StrictMode gets a fresh mixer), and what the player wants from
 * it whether or not one is connected yet: the scene on screen, the language, unlocked or not, the
 * viewer's sound settings (remembered here, C-14). UI reads `store`; frame code calls `mixer()`.
 */
export type SoundState = {
  /** The story has any audio at all (the sound controls show only then). */
  hasAudio: boolean
  /** The viewer's gesture has started the audio output (C-15). */
  isUnlocked: boolean
  /** Every sound is paused by the viewer (C-15). */
  isPaused: boolean
  /** A sound of this scene could not be loaded (C-16, B-36): the small notice shows. */
  hasUnavailableAudio: boolean
  settings: AudioSettings
}

/** A sound hotspot chosen while no audio could play: its caption still shows (C-10). */
export type SilentHotspot = { hotspotId: string; atMs: number }

export type PlayerAudio = ReturnType<typeof createPlayerAudio>

export const createPlayerAudio = (story: Story, resolveAssetUrl: (path: string) => string, initialLanguage = story.language) => {
  const store = createStore<SoundState>(() => ({
    hasAudio: story.assets.some((asset) => asset.kind === 'audio'),
    isUnlocked: false,
    isPaused: false,
    hasUnavailableAudio: false,
    settings: loadAudioSettings(),
  }))
  let mixer: StoryMixer | null = null
  let backend: AudioBackend | null = null
  let scene: Scene | undefined
  let language = initialLanguage
  let wantsUnlock = false
  let silentHotspot: SilentHotspot | null = null

  const nowMs = (): number => mixer?.nowMs() ?? performance.now()

  const sync = () => {
    if (!mixer) return
    const state = mixer.getState()
    const current = store.getState()
    const next = { isUnlocked: state.isUnlocked, isPaused: state.isPaused, hasUnavailableAudio: state.hasUnavailableAudio }
    if (next.isUnlocked !== current.isUnlocked || next.isPaused !== current.isPaused || next.hasUnavailableAudio !== current.hasUnavailableAudio) {
      store.setState(next)
    }
  }

  const enter = (target: StoryMixer, shown: Scene) => {
    target.enterScene(shown.id, { language })
    // Memory: the mixer keeps this scene's clips and the next scenes' beds, and unloads the rest.
    target.preloadScenes(sceneExitIds(shown))
  }

  const updateSettings = (settings: AudioSettings, apply: (target: StoryMixer) => void) => {
    store.setState({ settings })
    saveAudioSettings(settings)
    if (mixer) apply(mixer)
  }

  return {
    store,
    /** The connected mixer (null before the React tree has made one), for per-frame calls. */
    mixer: (): StoryMixer | null => mixer,

    /** Now on the mixer's clock, in ms (captions time sounds with it). */
    nowMs,

    /** Creates this player's mixer on `backend` and replays what is wanted into it; returns its disposal. */
    connect(createBackend: () => AudioBackend, clock?: Clock): () => void {
      const made = createBackend()
      const created = createStoryMixer({
        backend: made,
        story,
        resolveAssetUrl: (asset) => resolveAssetUrl(asset.path),
        settings: store.getState().settings,
        language,
        ...(clock ? { clock } : {}),
      })
      mixer = created
      backend = made
      const unsubscribe = created.subscribe(sync)
      if (scene) enter(created, scene)
      if (wantsUnlock) created.unlock()
      sync()
      return () => {
        unsubscribe()
        if (mixer === created) [mixer, backend] = [null, null]
        created.dispose()
      }
    },

    /** Call inside the viewer's click (the start button, "Play sound"): starts the audio output (C-15). */
    unlock(): void {
      wantsUnlock = true
      mixer?.unlock()
    },

    /** The mixed output, for level meters and tests (undefined before the unlock). */
    outputTap: (): AudioOutputTap | undefined => backend?.outputTap?.(),

    /** A new scene shows: crossfade to its soundscape, start its narration, preload where it leads. */
    sceneShown(shown: Scene): void {
      scene = shown
      silentHotspot = null
      if (mixer) enter(mixer, shown)
    },

    /** The viewer's language changed: narration (and captions) follow. */
    setLanguage(next: string): void {
      language = next
      mixer?.setLanguage(next)
    },

    /** A `playSound` effect: a sound hotspot from its direction, any other on the effects channel. */
    playSound(effect: PlaySoundEffect): void {
      if (!effect.hotspotId) {
        mixer?.playEffectSound(effect.assetId, effect.gain)
        return
      }
      const result = mixer?.playHotspotSound(effect.hotspotId) ?? 'locked'
      silentHotspot = result === 'locked' ? { hotspotId: effect.hotspotId, atMs: nowMs() } : null
    },

    /** The sound hotspot last chosen while nothing could play, for its caption. */
    silentHotspot: (): SilentHotspot | null => silentHotspot,

    /** Pause or play every sound (C-15); before the unlock, "play" unlocks (it is a click). */
    togglePaused(): void {
      if (!mixer) return
      if (!mixer.getState().isUnlocked) {
        wantsUnlock = true
        mixer.unlock()
        if (mixer.getState().isPaused) mixer.resumeAll()
      } else if (mixer.getState().isPaused) mixer.resumeAll()
      else mixer.pauseAll()
    },

    setVolume(channel: Channel, volume: number): void {
      const current = store.getState().settings
      const clamped = Math.min(1, Math.max(0, Number.isFinite(volume) ? volume : current.volumes[channel]))
      updateSettings({ ...current, volumes: { ...current.volumes, [channel]: clamped } }, (m) => m.setChannelVolume(channel, clamped))
    },
    setMuted(isMuted: boolean): void {
      updateSettings({ ...store.getState().settings, isMuted }, (m) => m.setMuted(isMuted))
    },
    setMono(isMono: boolean): void {
      updateSettings({ ...store.getState().settings, isMono }, (m) => m.setMono(isMono))
    },
  }
}
