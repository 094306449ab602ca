import { z } from 'zod'
import { sceneIdSchema } from '../ids'
import type { SceneId } from '../ids'
import { limits } from '../limits'
import { languageTagSchema } from '../text'
import type { LocalizedText } from '../text'
import { variableNameSchema, variableValueSchema } from '../records/variable'
import type { VariableValue } from '../records/variable'

/** The most scenes `history` keeps; older steps are dropped, so a long session's save stays small. */
export const maxHistoryLength = 500

/**
 * Where a viewer is in a story, as plain JSON (it is what a save holds):
 * - `sceneId`: the scene they are in;
 * - `language`: the language they read and hear, one of `story.languages`;
 * - `variables`: the value of every declared variable (keys are declared names only);
 * - `visited`: every scene entered so far, in first-visit order (it only grows, even on back);
 * - `history`: the scenes they came to rest in, oldest first, ending with `sceneId` (for back and the
 *   end screen); a scene passed straight through by an on-entering `goTo` is visited but not in it;
 * - `ended`: null, or the scene the story ended in and its closing message;
 * - `turn`: how many actions (choices, links, sounds, back) they have taken.
 */
export type StoryState = {
  sceneId: SceneId
  language: string
  variables: Record<string, VariableValue>
  visited: SceneId[]
  history: SceneId[]
  ended: EndedState | null
  turn: number
}

/** How the story ended: in which scene, with which message. */
export type EndedState = { sceneId: SceneId; message?: LocalizedText }

/** The shape of a saved state, before it is checked against its story (see `restoreState`). */
export const storyStateSchema = z.strictObject({
  sceneId: sceneIdSchema,
  language: languageTagSchema,
  variables: z.record(variableNameSchema, variableValueSchema),
  visited: z.array(sceneIdSchema).max(limits.maxScenes),
  history: z.array(sceneIdSchema).min(1).max(maxHistoryLength),
  ended: z
    .strictObject({
      sceneId: sceneIdSchema,
      message: z.record(languageTagSchema, z.string().max(limits.bodyMaxChars)).optional(),
    })
    .nullable(),
  turn: z.number().int().gte(0).lte(Number.MAX_SAFE_INTEGER),
})
