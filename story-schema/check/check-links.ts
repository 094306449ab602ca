import type { SceneId } from '../ids'
import { sceneName } from '../place-names'
import type { Scene } from '../records/scene'
import type { Story } from '../records/story'
import { findScene } from '../selectors'
import type { StoryIssue } from './story-issue'
import { choiceSite, conditionSites, effectSites, flattenCondition, forEachHotspot, makeIssue, sceneSite, within } from './story-sites'

/**
 * Scene references: the start scene, link and choice targets, `goTo` effects and `visited`
 * conditions must name scenes that exist, and scenes must not send the viewer round in a circle
 * of `goTo` effects on entering.
 */
export const checkLinks = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  const exists = (id: string) => findScene(story, id) !== undefined
  if (!exists(story.startSceneId)) {
    issues.push(
      makeIssue('error', 'missing-start-scene', `The story starts at a scene that does not exist ("${story.startSceneId}").`, {
        where: 'Story › start scene',
        ref: { sceneId: story.startSceneId },
      }),
    )
  }
  const missing = (id: SceneId) => `This leads to a scene that does not exist ("${id}").`
  forEachHotspot(story, (hotspot, site) => {
    if (hotspot.kind === 'link' && !exists(hotspot.targetSceneId)) {
      issues.push(makeIssue('error', 'missing-target', missing(hotspot.targetSceneId), within(site, 'target')))
    }
    if (hotspot.kind === 'billboard') {
      hotspot.choices.forEach((choice, c) => {
        if (choice.targetSceneId && !exists(choice.targetSceneId)) {
          const place = within(choiceSite(story, site, choice, c), 'target')
          issues.push(makeIssue('error', 'missing-target', missing(choice.targetSceneId), place))
        }
      })
    }
  })
  for (const { effect, site } of effectSites(story)) {
    if (effect.type === 'goTo' && !exists(effect.sceneId)) {
      issues.push(makeIssue('error', 'missing-target', missing(effect.sceneId), site))
    }
  }
  for (const { condition, site } of conditionSites(story)) {
    for (const part of flattenCondition(condition)) {
      if (part.type === 'visited' && !exists(part.sceneId)) {
        const message = `This asks whether the viewer has visited a scene that does not exist ("${part.sceneId}").`
        issues.push(makeIssue('error', 'visited-unknown-scene', message, site))
      }
    }
  }
  return [...issues, ...checkGoToLoops(story)]
}

/** The scene a scene sends the viewer on to as soon as they enter it: its first `goTo`, unless an `end` comes first. */
const jumpOnEnter = (scene: Scene): SceneId | undefined => {
  for (const effect of scene.onEnter) {
    if (effect.type === 'end') return undefined
    if (effect.type === 'goTo') return effect.sceneId
  }
  return undefined
}

/** Circles of scenes that each send the viewer straight on to the next (the engine stops them, but the viewer is stuck). */
const checkGoToLoops = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  const reported = new Set<SceneId>()
  story.scenes.forEach((scene, index) => {
    const path: SceneId[] = []
    let current: Scene | undefined = scene
    while (current && !path.includes(current.id)) {
      path.push(current.id)
      const next = jumpOnEnter(current)
      current = next === undefined ? undefined : findScene(story, next)
    }
    if (!current || current.id !== scene.id || reported.has(scene.id)) return
    path.forEach((id) => reported.add(id))
    const names = path.map((id) => sceneName(findScene(story, id), undefined, story.language))
    issues.push(
      makeIssue(
        'error',
        'goto-loop',
        `On entering, these scenes send the viewer on to each other in a circle: ${names.join(' → ')} → ${names[0]}.`,
        within(sceneSite(story, scene, index), 'on entering'),
      ),
    )
  })
  return issues
}
