import { usePlayer, usePlayerState, useStoryText } from './player-context'
import { strings } from './strings'

/**
 * The scene in words (C-17): shown on request, always in text mode, and by itself when the picture
 * could not be loaded (B-32), so nobody is left with a blank view.
 */
export function SceneDescription({ open, textMode }: { open: boolean; textMode: boolean }) {
  const player = usePlayer()
  const text = useStoryText()
  const failed = usePlayerState((s) => s.failedPictureSceneIds)
  usePlayerState((s) => s.run)
  const scene = player.currentScene()
  if (!scene) return null
  const pictureFailed = failed.includes(scene.id)
  if (!open && !textMode && !pictureFailed) return null
  return (
    <section id="story-player-description" className={`scene-description${pictureFailed ? ' picture-failed' : ''}`} aria-label={strings.describe}>
      {pictureFailed && !textMode && <p className="scene-description-note" role="status">{strings.pictureMissing}</p>}
      <p className="scene-description-text">{text(scene.description)}</p>
    </section>
  )
}
