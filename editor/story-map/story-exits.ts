import { findScene, goToTargets, localize } from '@story-schema'
import type { ChoiceId, Effect, HotspotId, Scene, SceneId, Story } from '@story-schema'
import { storyMapStrings } from './strings'

/** How an exit leaves a scene: a link hotspot, a billboard choice, or a `goTo` effect. */
export type ExitKind = 'link' | 'choice' | 'goTo'

/** One way out of a scene, in author order; broken when its target scene does not exist. */
export type StoryExit = {
  /** Unique within the map: `exit:<scene>:<n>`. */
  id: string
  kind: ExitKind
  sourceSceneId: SceneId
  targetSceneId: SceneId
  hotspotId?: HotspotId
  choiceId?: ChoiceId
  /** The hotspot or choice label; for a `goTo`, the label of what runs it, or "on entering". */
  label: string
  /** The label an edge shows: choices and `goTo`s carry a prefix ("Choice: Yes", "Go to: Red door"). */
  edgeLabel: string
  isBroken: boolean
}

type Draft = Omit<StoryExit, 'id' | 'sourceSceneId' | 'isBroken' | 'edgeLabel'>

/** `goTo` effects of one action, leaving out targets the action already leads to. */
const goToDrafts = (effects: readonly Effect[], already: SceneId[], from: Omit<Draft, 'kind' | 'targetSceneId'>): Draft[] =>
  [...new Set(goToTargets(effects))]
    .filter((target) => !already.includes(target))
    .map((targetSceneId) => ({ ...from, kind: 'goTo', targetSceneId }))

const edgeLabelOf = (kind: ExitKind, label: string) =>
  kind === 'choice' ? `${storyMapStrings.choicePrefix}${label}` : kind === 'goTo' ? `${storyMapStrings.goToPrefix}${label}` : label

/**
 * The ways out of a scene, in author order: `goTo`s on entering, then per hotspot its link (and the
 * link's `goTo`s) or its choices (and theirs). Choices without a target and sound hotspots lead
 * nowhere and are left out. Labels are in `language`, falling back to the story's language.
 */
export const sceneExits = (story: Story, scene: Scene, language: string = story.language): StoryExit[] => {
  const text = (value: Record<string, string>) => localize(value, language, story.language)
  const drafts: Draft[] = goToDrafts(scene.onEnter, [], { label: storyMapStrings.onEntering })
  for (const hotspot of scene.hotspots) {
    const label = text(hotspot.label)
    if (hotspot.kind === 'link') {
      drafts.push({ kind: 'link', targetSceneId: hotspot.targetSceneId, hotspotId: hotspot.id, label })
      drafts.push(...goToDrafts(hotspot.effects, [hotspot.targetSceneId], { hotspotId: hotspot.id, label }))
    }
    if (hotspot.kind === 'billboard') {
      for (const choice of hotspot.choices) {
        const from = { hotspotId: hotspot.id, choiceId: choice.id, label: text(choice.label) }
        const targets = choice.targetSceneId ? [choice.targetSceneId] : []
        if (choice.targetSceneId) drafts.push({ ...from, kind: 'choice', targetSceneId: choice.targetSceneId })
        drafts.push(...goToDrafts(choice.effects, targets, from))
      }
    }
  }
  return drafts.map((draft, index) => ({
    ...draft,
    id: `exit:${scene.id}:${index}`,
    sourceSceneId: scene.id,
    edgeLabel: edgeLabelOf(draft.kind, draft.label),
    isBroken: findScene(story, draft.targetSceneId) === undefined,
  }))
}
