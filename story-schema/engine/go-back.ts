import type { Story } from '../records/story'
import { findScene } from '../selectors'
import type { EngineStep } from './engine-effect'
import type { StoryState } from './story-state'

/**
 * Back to the previous scene in the history (also from the end screen, which it leaves). Back is a
 * way to look again, not an undo: variables and `visited` stay as they are, and the scene's
 * on-entering effects do not run again, so nothing is gained or lost twice. Refuses with
 * `no-history` in the first scene.
 */
export const goBack = (story: Story, state: StoryState): EngineStep => {
  const previous = state.history[state.history.length - 2]
  if (previous === undefined) return { ok: false, reason: 'no-history' }
  if (!findScene(story, previous)) return { ok: false, reason: 'unknown-scene' }
  return {
    ok: true,
    state: { ...state, sceneId: previous, history: state.history.slice(0, -1), ended: null, turn: state.turn + 1 },
    effects: [{ type: 'enterScene', sceneId: previous }],
  }
}
