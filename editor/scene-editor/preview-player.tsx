import './preview-player.css'
import { StoryPlayer } from '@player'
import type { SceneId, Story, View } from '@story-schema'
import { useEffect, useState } from 'react'
import { previewStory } from './flat-geometry'

/** Props of `PreviewPlayer`. */
export type PreviewPlayerProps = {
  story: Story
  sceneId: SceneId
  view: View
  resolveAssetUrl: (path: string) => string
  /** How long the story must stay unchanged before the preview restarts with it, in ms. */
  settleMs?: number
}

let started = 0

/**
 * The player (through player/index.ts only) playing the open scene from where the editor looks, as
 * a viewer would see it: no start screen, no saved progress, no headset button. It restarts when the
 * story, the scene or the view has stayed the same for a moment (the player takes a story once).
 */
export const PreviewPlayer = ({ story, sceneId, view, resolveAssetUrl, settleMs = 800 }: PreviewPlayerProps) => {
  const [shown, setShown] = useState(() => ({
    from: { story, sceneId, view },
    story: previewStory(story, sceneId, view),
    key: ++started,
  }))
  useEffect(() => {
    const timer = setTimeout(() => {
      setShown((current) => {
        const { from } = current
        if (from.story === story && from.sceneId === sceneId && from.view === view) return current
        return { from: { story, sceneId, view }, story: previewStory(story, sceneId, view), key: ++started }
      })
    }, settleMs)
    return () => clearTimeout(timer)
  }, [story, sceneId, view, settleMs])
  return (
    <div className="preview-player">
      <StoryPlayer
        key={shown.key}
        story={shown.story}
        resolveAssetUrl={resolveAssetUrl}
        options={{ showStartScreen: false, startSceneId: shown.from.sceneId, persistProgress: false, allowXr: false }}
      />
    </div>
  )
}
