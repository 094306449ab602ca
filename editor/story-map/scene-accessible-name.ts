import type { MapScene } from './story-map-model'
import { storyMapStrings } from './strings'

/**
 * A scene node's accessible name, everything the map shows in words:
 * "Scene: Bus stop, start scene, 3 ways out", "Scene: Cellar, can't be reached, 1 way out, 1 broken link",
 * "Scene: Home, ending".
 */
export const sceneAccessibleName = (scene: MapScene): string => {
  const words = storyMapStrings.sceneName
  const parts = [`${words.prefix}${scene.title}`]
  if (scene.isStart) parts.push(words.start)
  if (scene.isEnding) parts.push(words.ending)
  if (scene.isUnreachable) parts.push(words.unreachable)
  if (!(scene.isEnding && scene.exitCount === 0)) parts.push(words.waysOut(scene.exitCount))
  if (scene.brokenExitCount > 0) parts.push(words.broken(scene.brokenExitCount))
  return parts.join(', ')
}
