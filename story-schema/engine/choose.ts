import type { SceneId } from '../ids'
import type { Story } from '../records/story'
import { findHotspot, findScene } from '../selectors'
import { applyEffects } from './apply-effects'
import type { AppliedEffects } from './apply-effects'
import type { EngineEffect, EngineStep, RefusalReason } from './engine-effect'
import { enterScene } from './enter-scene'
import { isShown } from './evaluate-condition'
import type { StoryState } from './story-state'

const refuse = (reason: RefusalReason): EngineStep => ({ ok: false, reason })

/**
 * The viewer picks a hotspot (a link or a sound) or a choice on a billboard. Never throws; refuses
 * (leaving the state as it was) once the story has ended, and for hotspots or choices that are not
 * in the scene or not shown.
 * - link: its effects, then its target is entered;
 * - choice: its effects, then its target if it has one (otherwise the viewer stays);
 * - sound: a `playSound` for the player, nothing else changes.
 * A `goTo` effect enters its scene instead of the target; an `end` effect ends the story where the
 * viewer is. A target that does not exist refuses the whole step with `missing-scene`.
 * Every step taken adds one to `turn`.
 */
export const choose = (story: Story, state: StoryState, action: { hotspotId: string; choiceId?: string }): EngineStep => {
  if (state.ended) return refuse('ended')
  const scene = findScene(story, state.sceneId)
  if (!scene) return refuse('unknown-scene')
  const hotspot = findHotspot(scene, action.hotspotId)
  if (!hotspot) return refuse('unknown-hotspot')
  if (!isShown(hotspot, state)) return refuse('hidden-hotspot')
  let applied: AppliedEffects
  let target: SceneId | undefined
  if (hotspot.kind === 'billboard') {
    if (action.choiceId === undefined) return refuse('needs-choice')
    const choice = hotspot.choices.find((c) => c.id === action.choiceId)
    if (!choice) return refuse('unknown-choice')
    if (!isShown(choice, state)) return refuse('hidden-choice')
    applied = applyEffects(state, choice.effects)
    target = choice.targetSceneId
  } else if (action.choiceId !== undefined) {
    return refuse('unknown-choice')
  } else if (hotspot.kind === 'link') {
    applied = applyEffects(state, hotspot.effects)
    target = hotspot.targetSceneId
  } else {
    const effects: EngineEffect[] = [{ type: 'playSound', assetId: hotspot.assetId, gain: hotspot.gain, hotspotId: hotspot.id }]
    applied = { state, effects, goTo: null }
  }
  const next = applied.goTo ?? (applied.state.ended ? undefined : target)
  if (next === undefined) return { ok: true, state: { ...applied.state, turn: state.turn + 1 }, effects: applied.effects }
  const entered = enterScene(story, applied.state, next)
  if (!entered.ok) return refuse(entered.reason)
  return { ok: true, state: { ...entered.state, turn: state.turn + 1 }, effects: [...applied.effects, ...entered.effects] }
}
