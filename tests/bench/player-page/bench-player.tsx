import { StoryPlayer } from '@player'
import type { FirstFrame } from '../../../player/first-frame/first-frame'
import { parseStoryFile } from '@story-schema'
import { createRoot } from 'react-dom/client'

/** The bench page's player (loaded after its first frame, see main.ts): no start screen, no saved progress. */
export const playStory = (text: string, resolveAssetUrl: (path: string) => string, firstFrame: FirstFrame | null): string | null => {
  const result = parseStoryFile(text)
  const root = document.getElementById('root')
  if (!result.ok || !root) {
    firstFrame?.release()
    return result.ok ? 'no #root' : result.error.message
  }
  createRoot(root).render(
    <StoryPlayer
      story={result.story}
      resolveAssetUrl={resolveAssetUrl}
      options={{ showStartScreen: false, persistProgress: false, firstFrame }}
    />,
  )
  return null
}
