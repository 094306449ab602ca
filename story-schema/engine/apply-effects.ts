import type { SceneId } from '../ids'
import type { Effect } from '../records/effect'
import type { VariableValue } from '../records/variable'
import type { EngineEffect } from './engine-effect'
import type { StoryState } from './story-state'

/** Numbers stay within the range a story file allows, so every state can be saved and restored. */
const maxVariableNumber = 1e9

/** The outcome of a list of effects: the new state, what the player should do, and a scene to go to next. */
export type AppliedEffects = { state: StoryState; effects: EngineEffect[]; goTo: SceneId | null }

/**
 * Applies effects in order to a state (without changing it). `set` / `add` / `toggle` change a
 * declared variable of the right type (anything else, which `checkStory` reports, is skipped);
 * `add` keeps numbers within ±1e9. `playSound` asks the player to play a clip (gain 1 unless given).
 * `goTo` and `end` finish the list: effects after them do not run. `goTo` is returned for the caller
 * to enter; `end` sets `state.ended` to the current scene.
 */
export const applyEffects = (state: StoryState, effects: readonly Effect[]): AppliedEffects => {
  let variables = state.variables
  const out: EngineEffect[] = []
  const change = (name: string, value: VariableValue) => {
    variables = { ...variables, [name]: value }
    out.push({ type: 'setVariable', name, value })
  }
  for (const effect of effects) {
    const current = 'variable' in effect && Object.hasOwn(variables, effect.variable) ? variables[effect.variable] : undefined
    switch (effect.type) {
      case 'set':
        if (current !== undefined && typeof current === typeof effect.value) change(effect.variable, effect.value)
        break
      case 'add':
        if (typeof current === 'number') {
          change(effect.variable, Math.min(maxVariableNumber, Math.max(-maxVariableNumber, current + effect.amount)))
        }
        break
      case 'toggle':
        if (typeof current === 'boolean') change(effect.variable, !current)
        break
      case 'playSound':
        out.push({ type: 'playSound', assetId: effect.assetId, gain: effect.gain ?? 1 })
        break
      case 'goTo':
        return { state: { ...state, variables }, effects: out, goTo: effect.sceneId }
      case 'end': {
        const ended = effect.message ? { sceneId: state.sceneId, message: effect.message } : { sceneId: state.sceneId }
        out.push({ type: 'end', ...ended })
        return { state: { ...state, variables, ended }, effects: out, goTo: null }
      }
    }
  }
  return { state: { ...state, variables }, effects: out, goTo: null }
}
