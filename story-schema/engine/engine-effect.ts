import type { AssetId, ChoiceId, HotspotId, SceneId } from '../ids'
import type { VariableValue } from '../records/variable'
import type { LocalizedText } from '../text'
import type { StoryState } from './story-state'

/**
 * What the player should do after an engine step, as data, in the order it happened:
 * - `enterScene`: show this scene. One action can enter several scenes in a row when a scene's
 *   on-entering effects `goTo` another; the last one is where the viewer is (`state.sceneId`), and a
 *   player may skip straight to it. `goBack` also gives one (the scene's on-entering effects do not run again);
 * - `playSound`: play this audio asset at this gain (0–1); `hotspotId` is set when a sound hotspot was
 *   chosen, so the player can play it from its direction, loop it and show its caption;
 * - `setVariable`: a variable changed (for a debug panel or the editor's preview);
 * - `end`: the story ended in this scene; show the message and the end screen.
 */
export type EngineEffect =
  | { type: 'enterScene'; sceneId: SceneId }
  | { type: 'playSound'; assetId: AssetId; gain: number; hotspotId?: HotspotId }
  | { type: 'setVariable'; name: string; value: VariableValue }
  | { type: 'end'; sceneId: SceneId; message?: LocalizedText }

/** Something a viewer can do: pick a hotspot (a link or a sound), or one choice on a billboard. */
export type EngineAction = { hotspotId: HotspotId; choiceId?: ChoiceId }

/**
 * Why the engine refused a step. `missing-scene`: the path leads to a scene the story does not have
 * (the player says "This path isn't finished"); `goto-loop`: scenes kept sending the viewer on
 * (more than `maxScenesPerAction`); `unknown-scene`: the state's scene is not in the story.
 */
export type RefusalReason =
  | 'ended'
  | 'unknown-scene'
  | 'unknown-hotspot'
  | 'hidden-hotspot'
  | 'needs-choice'
  | 'unknown-choice'
  | 'hidden-choice'
  | 'missing-scene'
  | 'goto-loop'
  | 'no-history'

/** The result of an engine step: the new state and what to do, or why nothing happened (the state is unchanged). */
export type EngineStep = { ok: true; state: StoryState; effects: EngineEffect[] } | { ok: false; reason: RefusalReason }
