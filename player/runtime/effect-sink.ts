import type { EngineEffect, Story } from '@story-schema'

/**
 * The seam for sound (issue #4): the engine's effects go to `onEffect` and to an audio port. The
 * mixer will implement AudioPort; until then nothing plays and nothing breaks.
 */
export type AudioPort = {
  /** A `playSound` effect or a sound hotspot: the asset's URL and the author's gain (0–1). */
  playSound(assetUrl: string, gain: number): void
  /** A new scene shows: stop what belongs to the old one, start the new one's soundscape. */
  sceneChanged(sceneId: string): void
}

export const silentAudio: AudioPort = {
  playSound: () => undefined,
  sceneChanged: () => undefined,
}

export type EffectContext = { story: Story; resolveAssetUrl: (path: string) => string; audio: AudioPort }

/** Sends effects to the audio port (sounds) and to the embedder's callback, in order. */
export const dispatchEffects = (
  effects: readonly EngineEffect[],
  context: EffectContext,
  onEffect?: (effect: EngineEffect) => void,
): void => {
  for (const effect of effects) {
    onEffect?.(effect)
    if (effect.type !== 'playSound') continue
    const asset = context.story.assets.find((a) => a.id === effect.assetId)
    if (asset) context.audio.playSound(context.resolveAssetUrl(asset.path), effect.gain)
  }
}
