import type { Story } from '../records/story'
import { findScene, reachableSceneIds, sceneEffectLists, sceneExitIds } from '../selectors'
import type { StoryIssue } from './story-issue'
import { makeIssue, sceneSite } from './story-sites'

/**
 * The shape of the story: every scene can be reached from the start (over links, choices and `goTo`
 * effects, whatever their conditions), and every scene that is not an ending has a way out.
 */
export const checkReachability = (story: Story): StoryIssue[] => {
  const issues: StoryIssue[] = []
  const startExists = findScene(story, story.startSceneId) !== undefined
  const reachable = reachableSceneIds(story)
  story.scenes.forEach((scene, index) => {
    const site = sceneSite(story, scene, index)
    if (startExists && !reachable.has(scene.id)) {
      issues.push(makeIssue('warning', 'unreachable-scene', 'No path from the start scene leads here.', site))
    }
    const ends = scene.ending !== undefined || sceneEffectLists(scene).some((effects) => effects.some((e) => e.type === 'end'))
    if (!ends && sceneExitIds(scene).length === 0) {
      issues.push(
        makeIssue(
          'warning',
          'dead-end',
          'This scene has no way out (no link, no choice that leads somewhere, no "go to") and is not an ending.',
          site,
        ),
      )
    }
  })
  return issues
}
