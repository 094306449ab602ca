import type { AudioAsset, Narration, Scene, Story } from '@story-schema'
import { positionFromYawPitch } from './spatial-position'
import type { VoiceSpec } from './voice'

/**
 * Pure answers about what a scene sounds like: which narration plays in a language, the voices of
 * its soundscape (with the keys that let a bed carry over into the next scene), and which clips it
 * needs loaded or preloaded.
 */

/**
 * The scene's narration for `language`: the same tag, else the same base language ("en-GB" → "en"),
 * else the story language, else the first one. Undefined when the scene has none.
 */
export const pickNarration = (scene: Scene, language: string, storyLanguage: string): Narration | undefined => {
  const base = language.split('-')[0]
  return (
    scene.narrations.find((narration) => narration.language === language) ??
    scene.narrations.find((narration) => narration.language === base) ??
    scene.narrations.find((narration) => narration.language.split('-')[0] === base) ??
    scene.narrations.find((narration) => narration.language === storyLanguage) ??
    scene.narrations[0]
  )
}

/** A narration's length in ms: its clip's declared duration, else the end of its last cue. */
export const narrationDurationMs = (narration: Narration, asset: AudioAsset | undefined): number => {
  const cuesEndMs = narration.cues.reduce((end, cue) => Math.max(end, cue.endMs), 0)
  return asset && asset.durationMs > 0 ? Math.max(asset.durationMs, cuesEndMs) : cuesEndMs
}

/** Timing the scene plan needs from the mixer. */
export type PlanTiming = {
  /** Fade for positional sounds entering and leaving, in ms. */
  positionalFadeMs: number
  /** How long a silent (unavailable) clip of unknown length "plays", in ms. */
  silentFallbackMs: number
}

/** The bed voices of a scene. A bed's key is its asset, so the same recording in the next scene is kept. */
export const bedSpecs = (scene: Scene, findAudioAsset: (id: string) => AudioAsset | undefined, timing: PlanTiming): VoiceSpec[] => {
  const seen = new Map<string, number>()
  return scene.soundscape.beds.map((bed) => {
    const count = seen.get(bed.assetId) ?? 0
    seen.set(bed.assetId, count + 1)
    return {
      key: `bed|${bed.assetId}${count ? `|${count}` : ''}`,
      kind: 'bed',
      channel: 'ambience',
      assetId: bed.assetId,
      sourceId: bed.id,
      loop: bed.loop,
      baseGain: bed.gain,
      fadeInMs: bed.fadeInMs,
      fadeOutMs: bed.fadeOutMs,
      silentMs: silentLengthMs(findAudioAsset(bed.assetId), timing),
    }
  })
}

/** The positional voices of a scene. Keyed by asset and place, so an identical sound carries over. */
export const positionalSpecs = (
  scene: Scene,
  findAudioAsset: (id: string) => AudioAsset | undefined,
  timing: PlanTiming,
): VoiceSpec[] =>
  scene.soundscape.sounds.map((sound) => ({
    key: `sound|${sound.assetId}|${sound.yawDeg}|${sound.pitchDeg}|${sound.distanceM}`,
    kind: 'sound',
    channel: 'ambience',
    assetId: sound.assetId,
    sourceId: sound.id,
    loop: sound.loop,
    baseGain: sound.gain,
    fadeInMs: timing.positionalFadeMs,
    fadeOutMs: timing.positionalFadeMs,
    position: positionFromYawPitch(sound.yawDeg, sound.pitchDeg, sound.distanceM),
    placement: { yawDeg: sound.yawDeg, pitchDeg: sound.pitchDeg, distanceM: sound.distanceM },
    silentMs: silentLengthMs(findAudioAsset(sound.assetId), timing),
  }))

/** How long an unavailable clip "plays" silently: its declared duration, else the fallback. */
export const silentLengthMs = (asset: AudioAsset | undefined, timing: PlanTiming): number =>
  asset && asset.durationMs > 0 ? asset.durationMs : timing.silentFallbackMs

/** Asset ids of `playSound` effects anywhere in a scene (on entering, on links, on choices). */
export const effectSoundAssetIds = (scene: Scene): string[] => {
  const lists = [
    scene.onEnter,
    ...scene.hotspots.flatMap((hotspot) =>
      hotspot.kind === 'link' ? [hotspot.effects] : hotspot.kind === 'billboard' ? hotspot.choices.map((c) => c.effects) : [],
    ),
  ]
  return lists.flatMap((effects) => effects.flatMap((effect) => (effect.type === 'playSound' ? [effect.assetId] : [])))
}

/** Clips a scene needs loaded while it is shown: soundscape, narration, sound hotspots, effect sounds. */
export const sceneClipIds = (scene: Scene, narration: Narration | undefined): Set<string> =>
  new Set([
    ...scene.soundscape.beds.map((bed) => bed.assetId),
    ...scene.soundscape.sounds.map((sound) => sound.assetId),
    ...(narration?.assetId ? [narration.assetId] : []),
    ...scene.hotspots.flatMap((hotspot) => (hotspot.kind === 'sound' ? [hotspot.assetId] : [])),
    ...effectSoundAssetIds(scene),
  ])

/** Clips worth preloading for a scene the viewer may go to next: its beds and positional sounds. */
export const preloadClipIds = (scene: Scene): string[] => [
  ...scene.soundscape.beds.map((bed) => bed.assetId),
  ...scene.soundscape.sounds.map((sound) => sound.assetId),
]

/** Id → scene and id → audio asset lookups for a story. */
export type StoryIndex = {
  findScene: (id: string) => Scene | undefined
  findAudioAsset: (id: string) => AudioAsset | undefined
}

/** Builds the lookups once per story. */
export const storyIndex = (story: Story): StoryIndex => {
  const scenes = new Map(story.scenes.map((scene) => [scene.id as string, scene]))
  const audio = new Map(
    story.assets.flatMap((asset) => (asset.kind === 'audio' ? [[asset.id as string, asset] as const] : [])),
  )
  return {
    findScene: (id: string): Scene | undefined => scenes.get(id),
    findAudioAsset: (id: string): AudioAsset | undefined => audio.get(id),
  }
}
