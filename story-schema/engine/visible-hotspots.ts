import type { Choice, Hotspot } from '../records/hotspot'
import type { Story } from '../records/story'
import { findHotspot, findScene } from '../selectors'
import type { EngineAction } from './engine-effect'
import { isShown } from './evaluate-condition'
import type { StoryState } from './story-state'

/** The hotspots of the current scene whose `visibleIf` holds, in author order (the keyboard and reading order, C-1). */
export const visibleHotspots = (story: Story, state: StoryState): Hotspot[] =>
  (findScene(story, state.sceneId)?.hotspots ?? []).filter((hotspot) => isShown(hotspot, state))

/** The choices on a visible billboard whose `visibleIf` holds, in author order; empty for anything else. */
export const availableChoices = (story: Story, state: StoryState, hotspotId: string): Choice[] => {
  const scene = findScene(story, state.sceneId)
  const hotspot = scene ? findHotspot(scene, hotspotId) : undefined
  if (!hotspot || hotspot.kind !== 'billboard' || !isShown(hotspot, state)) return []
  return hotspot.choices.filter((choice) => isShown(choice, state))
}

/**
 * Everything the viewer can do now, in author order: each visible link and sound hotspot, and each
 * visible choice on each visible billboard. Empty once the story has ended. (Going back is separate: `goBack`.)
 */
export const availableActions = (story: Story, state: StoryState): EngineAction[] => {
  if (state.ended) return []
  return visibleHotspots(story, state).flatMap((hotspot): EngineAction[] =>
    hotspot.kind === 'billboard'
      ? availableChoices(story, state, hotspot.id).map((choice) => ({ hotspotId: hotspot.id, choiceId: choice.id }))
      : [{ hotspotId: hotspot.id }],
  )
}
