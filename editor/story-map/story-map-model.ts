import { checkStory, localize } from '@story-schema'
import type { SceneId, Story, StoryIssue } from '@story-schema'
import { sceneExits } from './story-exits'
import type { StoryExit } from './story-exits'
import { storyMapStrings } from './strings'

/** A scene as the map shows it. */
export type MapScene = {
  sceneId: SceneId
  title: string
  /** Position in the author's order (0-based). */
  index: number
  isStart: boolean
  /** Has an ending, or ends the story as soon as it is entered. */
  isEnding: boolean
  /** `checkStory` says no path from the start leads here. */
  isUnreachable: boolean
  /** `checkStory` says it has no way out and is not an ending. */
  isDeadEnd: boolean
  exitCount: number
  brokenExitCount: number
}

/** The map's content before layout: scenes and exits in author order, and the ids broken exits lead to. */
export type StoryMapModel = { scenes: MapScene[]; exits: StoryExit[]; missingSceneIds: SceneId[] }

/** Options for building the map. */
export type StoryMapOptions = {
  /** Issues from `checkStory`, when the caller already has them; computed otherwise. */
  issues?: readonly StoryIssue[]
  /** Language of titles and labels; the story's language by default. */
  language?: string
}

/**
 * What the story map shows, from the story and `checkStory`'s issues: each scene with its flags
 * (start, ending, "can't be reached", dead end) and exit counts, every exit, and the missing scenes
 * broken exits point at (each once, in order of first mention).
 */
export const buildStoryMapModel = (story: Story, options: StoryMapOptions = {}): StoryMapModel => {
  const language = options.language ?? story.language
  const issues = options.issues ?? checkStory(story)
  const flagged = (code: string) => new Set(issues.filter((issue) => issue.code === code).map((issue) => issue.ref.sceneId))
  const unreachable = flagged('unreachable-scene')
  const deadEnds = flagged('dead-end')
  const exits: StoryExit[] = []
  const scenes = story.scenes.map((scene, index): MapScene => {
    const own = sceneExits(story, scene, language)
    exits.push(...own)
    return {
      sceneId: scene.id,
      title: localize(scene.title, language, story.language).trim() || storyMapStrings.untitledScene,
      index,
      isStart: scene.id === story.startSceneId,
      isEnding: scene.ending !== undefined || scene.onEnter.some((effect) => effect.type === 'end'),
      isUnreachable: unreachable.has(scene.id),
      isDeadEnd: deadEnds.has(scene.id),
      exitCount: own.length,
      brokenExitCount: own.filter((exit) => exit.isBroken).length,
    }
  })
  const missingSceneIds = [...new Set(exits.filter((exit) => exit.isBroken).map((exit) => exit.targetSceneId))]
  return { scenes, exits, missingSceneIds }
}
