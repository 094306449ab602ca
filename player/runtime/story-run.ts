import type { Choice, EngineEffect, Hotspot, LocalizedText, SceneId, Story, StoryState } from '@story-schema'
import {
  availableChoices,
  choose,
  goBack,
  restoreState,
  serializeState,
  setLanguage,
  startStory,
  validateState,
  visibleHotspots,
} from '@story-schema'

/**
 * The one door between the player and story-schema's engine: a run of a story and what the viewer can
 * do next. The rest of the player never touches the engine's state shape.
 */
export type StoryRun = { readonly state: StoryState }

export type RunStep = { run: StoryRun; effects: EngineEffect[] }

/** What choosing did: a new run and its effects, a path that leads nowhere yet (B-22), or nothing. */
export type ActResult = { kind: 'moved'; step: RunStep } | { kind: 'unfinished' } | { kind: 'refused' }

const wrap = (state: StoryState): StoryRun => ({ state })

/**
 * A new run from the story's start, in `language`. With `startSceneId` (the editor's preview) the
 * viewer is placed in that scene directly; its on-entering effects do not run.
 */
export const startRun = (story: Story, language: string, startSceneId?: SceneId): RunStep => {
  const started = startStory(story, { language })
  if (!startSceneId || startSceneId === started.state.sceneId) return { run: wrap(started.state), effects: started.effects }
  const placed = validateState(story, { ...started.state, sceneId: startSceneId, visited: [startSceneId], history: [startSceneId], ended: null })
  return placed ? { run: wrap(placed), effects: [{ type: 'enterScene', sceneId: startSceneId }] } : { run: wrap(started.state), effects: started.effects }
}

export const runSceneId = (run: StoryRun): SceneId => run.state.sceneId

/** The scenes the viewer came to rest in, in order (for the end screen). */
export const runPath = (run: StoryRun): readonly SceneId[] => run.state.history

export const runEnded = (run: StoryRun): boolean => run.state.ended !== null

/**
 * True when a step shows a scene anew (through black, C-18): it entered a scene (even the same one, by
 * a link back to itself or a `goTo` chain that comes back), moved elsewhere, or ended — including a
 * step that does both, entering a scene and ending there.
 */
export const stepShowsScene = (before: StoryRun | null, step: RunStep): boolean =>
  !before ||
  step.effects.some((effect) => effect.type === 'enterScene' || effect.type === 'end') ||
  runSceneId(before) !== runSceneId(step.run) ||
  runEnded(before) !== runEnded(step.run)

/** The ending's message, when the story has ended with one. */
export const runEndMessage = (run: StoryRun): LocalizedText | null => run.state.ended?.message ?? null

/** True when there is a scene to go back to. */
export const runCanGoBack = (run: StoryRun): boolean => run.state.history.length > 1 && !runEnded(run)

/** Hotspots the viewer can use now, in author order (C-1). */
export const runHotspots = (story: Story, run: StoryRun): Hotspot[] => visibleHotspots(story, run.state)

/** A billboard's choices the viewer can pick now. */
export const runChoices = (story: Story, run: StoryRun, hotspot: Hotspot): Choice[] => availableChoices(story, run.state, hotspot.id)

/** Follows a link, picks a choice or plays a sound hotspot. */
export const actInRun = (story: Story, run: StoryRun, hotspot: Hotspot, choice?: Choice): ActResult => {
  const step = choose(story, run.state, choice ? { hotspotId: hotspot.id, choiceId: choice.id } : { hotspotId: hotspot.id })
  if (step.ok) return { kind: 'moved', step: { run: wrap(step.state), effects: step.effects } }
  return step.reason === 'missing-scene' ? { kind: 'unfinished' } : { kind: 'refused' }
}

/** One step back along the path, or null when there is none. */
export const backInRun = (story: Story, run: StoryRun): RunStep | null => {
  const step = goBack(story, run.state)
  return step.ok ? { run: wrap(step.state), effects: step.effects } : null
}

/** The run in another language (names, captions and narration follow). */
export const runInLanguage = (story: Story, run: StoryRun, language: string): StoryRun => wrap(setLanguage(story, run.state, language))

/** The run as text for localStorage. */
export const saveRun = (run: StoryRun): string => serializeState(run.state)

/** A saved run, or undefined when it no longer fits the story. */
export const restoreRun = (story: Story, text: string): StoryRun | undefined => {
  const state = restoreState(story, text)
  return state ? wrap(state) : undefined
}
