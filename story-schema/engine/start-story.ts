import type { Story } from '../records/story'
import type { VariableValue } from '../records/variable'
import { findScene } from '../selectors'
import type { EngineEffect } from './engine-effect'
import { enterScene } from './enter-scene'
import { pickLanguage } from './pick-language'
import { restoreState, validateState } from './serialize-state'
import type { StoryState } from './story-state'

/** Every declared variable at its initial value, in declaration order. */
export const initialVariables = (story: Story): Record<string, VariableValue> =>
  Object.fromEntries(story.variables.map((variable) => [variable.name, variable.initial]))

/** How to start: in which language (the best match among the story's, else its own), and from which save. */
export type StartOptions = { language?: string; saved?: StoryState | string }

/**
 * Starts a story: a save that fits the story (a state or its JSON) resumes where it was, in
 * `language` when one is given; otherwise the viewer enters the start scene and its on-entering
 * effects run. If those lead to a missing scene or do not stop jumping, the viewer rests in the last
 * scene entered. Throws only when the start scene does not exist (`checkStory` reports that as an
 * error, and the loader refuses such a story).
 */
export const startStory = (story: Story, options: StartOptions = {}): { state: StoryState; effects: EngineEffect[] } => {
  const { saved } = options
  const resumed = saved === undefined ? undefined : typeof saved === 'string' ? restoreState(story, saved) : validateState(story, saved)
  if (resumed) {
    const state = options.language === undefined ? resumed : { ...resumed, language: pickLanguage(story, options.language) }
    const effects: EngineEffect[] = [{ type: 'enterScene', sceneId: state.sceneId }]
    if (state.ended) effects.push({ type: 'end', ...state.ended })
    return { state, effects }
  }
  const start = findScene(story, story.startSceneId)
  if (!start) throw new Error(`The story starts at a scene that does not exist ("${story.startSceneId}").`)
  const before: StoryState = {
    sceneId: start.id,
    language: pickLanguage(story, options.language),
    variables: initialVariables(story),
    visited: [],
    history: [],
    ended: null,
    turn: 0,
  }
  const entered = enterScene(story, before, start.id)
  return { state: entered.state, effects: entered.effects }
}
