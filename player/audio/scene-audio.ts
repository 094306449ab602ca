import type { Scene, SoundHotspot } from '@story-schema'
import type { ClipLibrary } from './clip-library'
import type { Clock } from './clock'
import type { EffectSoundResult, HotspotSoundResult } from './mixer-state'
import type { MixerTiming } from './mixer-timing'
import type { NarrationPlayer, NarrationTrack } from './narration-player'
import {
  bedSpecs,
  narrationDurationMs,
  pickNarration,
  positionalSpecs,
  preloadClipIds,
  sceneClipIds,
  silentLengthMs,
  type StoryIndex,
} from './scene-plan'
import { positionFromYawPitch } from './spatial-position'
import type { VoiceSet } from './voice-set'

/**
 * The mixer's scene-level decisions: which voices a scene starts and which it lets go (a shared bed
 * just ramps to its new gain), its narration in the chosen language, sound hotspots and effects, and
 * which clips must stay loaded. Before `unlock` it only remembers the scene (nothing loads: C-15).
 */
export type SceneAudioOptions = {
  index: StoryIndex
  storyLanguage: string
  language: string
  clips: ClipLibrary
  voices: VoiceSet
  narration: NarrationPlayer
  clock: Clock
  timing: MixerTiming
}

/** Scene-level audio: see `createSceneAudio`. */
export type SceneAudio = ReturnType<typeof createSceneAudio>

/** Creates the scene-level audio logic with no scene entered. */
export const createSceneAudio = (options: SceneAudioOptions) => {
  const { index, clips, voices, narration, clock, timing } = options
  let sceneId: string | null = null
  let language = options.language
  let shouldPlayNarration = true
  let preloadSceneIds: readonly string[] = []
  let effectCount = 0
  const failedInScene = new Set<string>()

  const currentScene = (): Scene | undefined => (sceneId === null ? undefined : index.findScene(sceneId))
  const chosenNarration = (scene: Scene | undefined) => scene && pickNarration(scene, language, options.storyLanguage)
  const trackFor = (scene: Scene | undefined): NarrationTrack | undefined => {
    const chosen = chosenNarration(scene)
    if (!scene || !chosen) return undefined
    const asset = chosen.assetId ? index.findAudioAsset(chosen.assetId) : undefined
    return { sceneId: scene.id, language: chosen.language, assetId: chosen.assetId, durationMs: narrationDurationMs(chosen, asset) }
  }
  const sameTrack = (a: NarrationTrack | undefined, b: NarrationTrack | undefined) =>
    a?.sceneId === b?.sceneId && a?.language === b?.language && a?.assetId === b?.assetId

  const apply = () => {
    const scene = currentScene()
    const specs = scene
      ? [...bedSpecs(scene, index.findAudioAsset, timing), ...positionalSpecs(scene, index.findAudioAsset, timing)]
      : []
    const keep = new Set(specs.map((spec) => spec.key))
    for (const key of voices.keys((spec) => spec.kind === 'bed' || spec.kind === 'sound')) {
      if (!keep.has(key)) voices.release(key)
    }
    for (const key of voices.keys((spec) => spec.kind === 'hotspot')) voices.release(key, timing.hotspotFadeOutMs)
    for (const spec of specs) voices.start(spec)
    narration.load(trackFor(scene))
    if (shouldPlayNarration) narration.play()
    if (scene) for (const id of sceneClipIds(scene, chosenNarration(scene))) clips.request(id)
    requestPreloads()
  }

  const requestPreloads = () => {
    for (const id of preloadSceneIds) {
      const scene = index.findScene(id)
      if (scene) for (const assetId of preloadClipIds(scene)) clips.request(assetId)
    }
  }

  return {
    /** Enters a scene (applied now when unlocked, else at `start`). */
    enter(id: string, enterOptions: { language?: string; playNarration?: boolean }, isUnlocked: boolean): void {
      sceneId = id
      if (enterOptions.language) language = enterOptions.language
      shouldPlayNarration = enterOptions.playNarration ?? true
      failedInScene.clear()
      if (isUnlocked) apply()
    },

    /** Starts what was asked before the unlock. */
    start(): void {
      if (sceneId !== null) apply()
      else requestPreloads()
    },

    /** Replaces the list of scenes to preload (applied now when unlocked, else at `start`). */
    preload(sceneIds: readonly string[], isUnlocked: boolean): void {
      preloadSceneIds = [...sceneIds]
      if (isUnlocked) requestPreloads()
    },

    /** Plays a `playSound` effect (see `StoryMixer.playEffectSound`). */
    playEffect(assetId: string, gain: number): EffectSoundResult {
      const baseGain = Number.isFinite(gain) ? Math.min(1, Math.max(0, gain)) : 1
      if (clips.request(assetId).status === 'unavailable') {
        failedInScene.add(assetId)
        return 'unavailable'
      }
      voices.start({
        key: `effect|${++effectCount}`,
        kind: 'effect',
        channel: 'effects',
        assetId,
        sourceId: undefined,
        loop: false,
        baseGain,
        fadeInMs: 0,
        fadeOutMs: 0,
        latestStartMs: clock.nowMs() + timing.effectMaxDelayMs,
      })
      return 'started'
    },

    /** Toggles a sound hotspot of the current scene (see `StoryMixer.playHotspotSound`). */
    toggleHotspot(hotspotId: string): HotspotSoundResult {
      const hotspot = currentScene()?.hotspots.find((h): h is SoundHotspot => h.id === hotspotId && h.kind === 'sound')
      if (!hotspot) return 'not-a-sound'
      const key = `hotspot|${hotspot.id}`
      if (voices.isLive(key)) {
        voices.release(key, timing.hotspotFadeOutMs)
        return 'stopped'
      }
      const placement = { yawDeg: hotspot.yawDeg, pitchDeg: hotspot.pitchDeg, distanceM: timing.hotspotDistanceM }
      voices.start({
        key,
        kind: 'hotspot',
        channel: 'effects',
        assetId: hotspot.assetId,
        sourceId: hotspot.id,
        loop: hotspot.loop,
        baseGain: hotspot.gain,
        fadeInMs: 0,
        fadeOutMs: timing.hotspotFadeOutMs,
        position: positionFromYawPitch(placement.yawDeg, placement.pitchDeg, placement.distanceM),
        placement,
        silentMs: silentLengthMs(index.findAudioAsset(hotspot.assetId), timing),
      })
      return clips.state(hotspot.assetId)?.status === 'unavailable' ? 'unavailable' : 'started'
    },

    /** Changes the narration language; a narration under way restarts in the new one. */
    setLanguage(next: string, isUnlocked: boolean): void {
      language = next
      const track = trackFor(currentScene())
      if (sameTrack(track, narration.track())) return
      const status = narration.state()?.status
      narration.load(track)
      if (isUnlocked && (status === 'playing' || status === 'loading')) narration.play()
      if (isUnlocked && track?.assetId) clips.request(track.assetId)
    },

    /** Clips to keep loaded: the current scene's and the preloaded scenes'. */
    neededClipIds(): Set<string> {
      const scene = currentScene()
      const ids = new Set(scene ? sceneClipIds(scene, chosenNarration(scene)) : [])
      for (const id of preloadSceneIds) {
        const next = index.findScene(id)
        if (next) for (const assetId of preloadClipIds(next)) ids.add(assetId)
      }
      return ids
    },

    /** True when a sound of this scene (soundscape, narration, or one tried or playing) is unavailable. */
    hasUnavailableAudio(): boolean {
      const scene = currentScene()
      const narrationAssetId = narration.track()?.assetId
      const ids = [
        ...(scene ? [...scene.soundscape.beds, ...scene.soundscape.sounds].map((sound) => sound.assetId) : []),
        ...(narrationAssetId ? [narrationAssetId] : []),
        ...voices.assetIds(),
        ...failedInScene,
      ]
      return ids.some((id) => clips.state(id)?.status === 'unavailable')
    },

    sceneId: (): string | null => sceneId,
    language: (): string => language,
  }
}
