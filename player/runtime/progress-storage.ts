import type { Story } from '@story-schema'
import type { StoryRun } from './story-run'
import { progressKey } from '../first-frame/saved-scene'
import { restoreRun, saveRun } from './story-run'

/**
 * Progress kept in this browser, one key per story id, so "Continue" can pick up where the viewer
 * stopped. Storage that is full, off or corrupt never stops the story: it just is not remembered.
 */
const keyFor = (story: Story): string => progressKey(story.id)

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export const saveProgress = (story: Story, run: StoryRun): void => {
  try {
    storage()?.setItem(keyFor(story), saveRun(run))
  } catch {
    // not remembered this time
  }
}

export const loadProgress = (story: Story): StoryRun | undefined => {
  try {
    const text = storage()?.getItem(keyFor(story))
    return text ? restoreRun(story, text) : undefined
  } catch {
    return undefined
  }
}

export const clearProgress = (story: Story): void => {
  try {
    storage()?.removeItem(keyFor(story))
  } catch {
    // nothing to clear
  }
}
