import { choiceName, hotspotName, joinPlace, sceneName } from '../place-names'
import type { Condition } from '../records/condition'
import type { Effect } from '../records/effect'
import type { Choice, Hotspot } from '../records/hotspot'
import type { Scene } from '../records/scene'
import type { Story } from '../records/story'
import type { IssueSeverity, StoryIssue } from './story-issue'

/**
 * The places in a story that rules look at, each with its place in words and its ids, so that every
 * rule names places the same way ("Scene 'Harbour' › hotspot 'Door' › effect 2").
 */
export type IssueRef = StoryIssue['ref']

/** A place: where it is in words and the ids that point at it. */
export type Site = { where: string; ref: IssueRef }

/** Builds an issue. */
export const makeIssue = (severity: IssueSeverity, code: string, message: string, site: Site, ref: IssueRef = {}): StoryIssue => ({
  severity,
  code,
  message,
  where: site.where,
  ref: { ...site.ref, ...ref },
})

/** A scene's place. */
export const sceneSite = (story: Story, scene: Scene, index: number): Site => ({
  where: sceneName(scene, index, story.language),
  ref: { sceneId: scene.id },
})

/** A hotspot's place within its scene. */
export const hotspotSite = (story: Story, scene: Scene, sceneIndex: number, hotspot: Hotspot, index: number): Site => ({
  where: joinPlace(sceneName(scene, sceneIndex, story.language), hotspotName(hotspot, index, story.language)),
  ref: { sceneId: scene.id, hotspotId: hotspot.id },
})

/** A choice's place within its billboard. */
export const choiceSite = (story: Story, hotspot: Site, choice: Choice, index: number): Site => ({
  where: joinPlace(hotspot.where, choiceName(choice, index, story.language)),
  ref: { ...hotspot.ref, choiceId: choice.id },
})

/** A place one step further in ("… › target"). */
export const within = (site: Site, part: string): Site => ({ where: joinPlace(site.where, part), ref: site.ref })

/** Calls `visit` for every hotspot of every scene, with its place. */
export const forEachHotspot = (
  story: Story,
  visit: (hotspot: Hotspot, site: Site, scene: Scene) => void,
): void => {
  story.scenes.forEach((scene, s) => {
    scene.hotspots.forEach((hotspot, h) => visit(hotspot, hotspotSite(story, scene, s, hotspot, h), scene))
  })
}

/** An effect and its place. */
export type EffectSite = { effect: Effect; site: Site }

/** Every effect in the story: on entering a scene, on links and on choices, in story order. */
export const effectSites = (story: Story): EffectSite[] => {
  const out: EffectSite[] = []
  const add = (effects: readonly Effect[], site: Site) =>
    effects.forEach((effect, i) => out.push({ effect, site: within(site, `effect ${i + 1}`) }))
  story.scenes.forEach((scene, s) => {
    add(scene.onEnter, within(sceneSite(story, scene, s), 'on entering'))
    scene.hotspots.forEach((hotspot, h) => {
      const site = hotspotSite(story, scene, s, hotspot, h)
      if (hotspot.kind === 'link') add(hotspot.effects, site)
      if (hotspot.kind === 'billboard') hotspot.choices.forEach((choice, c) => add(choice.effects, choiceSite(story, site, choice, c)))
    })
  })
  return out
}

/** A condition (a top-level `visibleIf`) and its place. */
export type ConditionSite = { condition: Condition; site: Site }

/** Every `visibleIf` in the story, on hotspots and on choices. */
export const conditionSites = (story: Story): ConditionSite[] => {
  const out: ConditionSite[] = []
  forEachHotspot(story, (hotspot, site) => {
    if (hotspot.visibleIf) out.push({ condition: hotspot.visibleIf, site: within(site, 'shown if') })
    if (hotspot.kind === 'billboard') {
      hotspot.choices.forEach((choice, c) => {
        if (choice.visibleIf) out.push({ condition: choice.visibleIf, site: within(choiceSite(story, site, choice, c), 'shown if') })
      })
    }
  })
  return out
}

/** Every condition inside `condition`, itself first (depth-first). */
export const flattenCondition = (condition: Condition): Condition[] => {
  switch (condition.type) {
    case 'all':
    case 'any':
      return [condition, ...condition.conditions.flatMap(flattenCondition)]
    case 'not':
      return [condition, ...flattenCondition(condition.condition)]
    case 'compare':
    case 'visited':
      return [condition]
  }
}
