import type { EngineEffect } from '@story-schema'

/** A `playSound` effect: an asset at a gain, from a sound hotspot when `hotspotId` is set. */
export type PlaySoundEffect = Extract<EngineEffect, { type: 'playSound' }>

/** Where sounds go: the player's audio (`player-audio.ts`, the one mixer). */
export type SoundSink = { playSound(effect: PlaySoundEffect): void }

/** Sends effects to the embedder's callback and sounds to the mixer, in order. */
export const dispatchEffects = (effects: readonly EngineEffect[], sounds: SoundSink, onEffect?: (effect: EngineEffect) => void): void => {
  for (const effect of effects) {
    onEffect?.(effect)
    if (effect.type === 'playSound') sounds.playSound(effect)
  }
}
