import './zod-jitless'
import type { FirstFrame } from '../first-frame/first-frame'
import { startFirstFrame } from '../first-frame/first-frame'
import { savedSceneId } from '../first-frame/saved-scene'
import { bootStory } from './boot-story'
import type { BootStory } from './boot-story'
import { storySourceOf } from './story-source'

/**
 * Entry of the standalone player page, /play/?story=<url of story.json>, and of published stories.
 * Kept small on purpose (tests/bench): it fetches the story file and paints the opening picture
 * (player/first-frame/), then loads the player's code (`play-app.tsx`: React, three.js, the story
 * schema), which checks the story and takes the picture over.
 */
const firstFramePatienceMs = 1000

const paintFirstFrame = (story: BootStory): FirstFrame | null => {
  if (story.kind !== 'text') return null
  try {
    const storyFile = JSON.parse(story.text) as unknown
    const storyId = (storyFile as { story?: { id?: unknown } } | null)?.story?.id
    const sceneId = typeof storyId === 'string' ? savedSceneId(storyId) : undefined
    return startFirstFrame({ storyFile, resolveAssetUrl: story.resolveAssetUrl, sceneId })
  } catch {
    return null // not JSON: the player says what is wrong with it
  }
}

const boot = bootStory(storySourceOf(document, window.location.href))
void boot.then(async (story) => {
  const firstFrame = paintFirstFrame(story)
  await firstFrame?.painted(firstFramePatienceMs)
  const { mountPlayPage } = await import('./play-app')
  mountPlayPage(story, firstFrame)
})
