import type { Story } from '../records/story'
import type { VariableValue } from '../records/variable'
import { findScene } from '../selectors'
import { variableTypeOfValue } from '../type-guards'
import { pickLanguage } from './pick-language'
import type { StoryState } from './story-state'
import { storyStateSchema } from './story-state'

/** A state as JSON text, for a save. */
export const serializeState = (state: StoryState): string => JSON.stringify(state)

/**
 * A saved state checked against its story, or undefined when it does not fit: every scene it names
 * (current, visited, history, ended) exists, `visited` has no repeats, `history` ends with the current
 * scene, and every variable is declared and holds a value of its type. Lenient in two ways, so saves
 * survive small edits to a story: a declared variable the save lacks gets its initial value, and a
 * language the story no longer offers falls back (see `pickLanguage`).
 */
export const validateState = (story: Story, value: unknown): StoryState | undefined => {
  const parsed = storyStateSchema.safeParse(value)
  if (!parsed.success) return undefined
  const saved = parsed.data
  const exists = (id: string) => findScene(story, id) !== undefined
  if (!exists(saved.sceneId) || !saved.visited.every(exists) || !saved.history.every(exists)) return undefined
  if (new Set(saved.visited).size !== saved.visited.length || saved.history[saved.history.length - 1] !== saved.sceneId) return undefined
  if (saved.ended && !exists(saved.ended.sceneId)) return undefined
  const declared = new Map(story.variables.map((variable) => [variable.name, variable]))
  for (const [name, held] of Object.entries(saved.variables)) {
    if (declared.get(name)?.type !== variableTypeOfValue(held)) return undefined
  }
  // A "__proto__" key in the JSON is an own key of the input but not of what the schema gives back.
  if (Object.keys((value as { variables: object }).variables).some((name) => !declared.has(name))) return undefined
  const variables: Record<string, VariableValue> = {}
  for (const variable of story.variables) {
    variables[variable.name] = Object.hasOwn(saved.variables, variable.name) ? saved.variables[variable.name]! : variable.initial
  }
  return {
    sceneId: saved.sceneId,
    language: pickLanguage(story, saved.language),
    variables,
    visited: saved.visited,
    history: saved.history,
    ended: saved.ended,
    turn: saved.turn,
  }
}

/** Reads a save made by `serializeState` for this story; undefined when it is not JSON or does not fit (see `validateState`). */
export const restoreState = (story: Story, json: string): StoryState | undefined => {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  return validateState(story, value)
}
