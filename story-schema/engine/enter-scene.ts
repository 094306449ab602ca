import type { SceneId } from '../ids'
import type { Story } from '../records/story'
import { findScene } from '../selectors'
import { applyEffects } from './apply-effects'
import type { EngineEffect } from './engine-effect'
import type { StoryState } from './story-state'
import { maxHistoryLength } from './story-state'

/** The most scenes one action may enter, following on-entering `goTo` effects; beyond it the action is refused. */
export const maxScenesPerAction = 10

/** Entering went wrong: where the viewer would rest (the last scene entered) and the reason. */
type EnterProblem = { ok: false; reason: 'missing-scene' | 'goto-loop'; state: StoryState; effects: EngineEffect[] }

/** The result of entering a scene: always a state to rest in; `ok: false` when a target was missing or the jumps did not stop. */
export type EnterResult = { ok: true; state: StoryState; effects: EngineEffect[] } | EnterProblem

/** Adds a scene to the end of the history, dropping the oldest step when it is full. */
const withHistory = (state: StoryState): StoryState => ({
  ...state,
  history: [...state.history, state.sceneId].slice(-maxHistoryLength),
})

/**
 * Enters a scene: records it as visited, runs its on-entering effects, follows their `goTo` (at most
 * `maxScenesPerAction` scenes in all), and ends the story in an ending scene (unless an `end` effect
 * already did). The scene the viewer comes to rest in is added to the history.
 */
export const enterScene = (story: Story, state: StoryState, sceneId: SceneId): EnterResult => {
  let current = state
  const effects: EngineEffect[] = []
  let target: SceneId = sceneId
  for (let entered = 0; ; entered++) {
    const scene = findScene(story, target)
    if (!scene || entered >= maxScenesPerAction) {
      const reason = scene ? 'goto-loop' : 'missing-scene'
      return { ok: false, reason, state: entered === 0 ? current : withHistory(current), effects }
    }
    current = {
      ...current,
      sceneId: scene.id,
      visited: current.visited.includes(scene.id) ? current.visited : [...current.visited, scene.id],
    }
    effects.push({ type: 'enterScene', sceneId: scene.id })
    const applied = applyEffects(current, scene.onEnter)
    current = applied.state
    effects.push(...applied.effects)
    if (applied.goTo) {
      target = applied.goTo
      continue
    }
    if (!current.ended && scene.ending) {
      const ended = { sceneId: scene.id, message: scene.ending.message }
      current = { ...current, ended }
      effects.push({ type: 'end', ...ended })
    }
    return { ok: true, state: withHistory(current), effects }
  }
}
