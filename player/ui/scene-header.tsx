import { useEffect, useRef } from 'react'
import { runEnded } from '../runtime/story-run'
import { usePlayer, usePlayerState, useStoryText } from './player-context'

/**
 * The scene's title. Focus moves here after every choice (C-27), so a screen reader reads the new
 * place and Tab continues with its choices.
 */
export function SceneHeader() {
  const player = usePlayer()
  const text = useStoryText()
  const epoch = usePlayerState((s) => s.sceneEpoch)
  const ended = usePlayerState((s) => s.run !== null && runEnded(s.run))
  const heading = useRef<HTMLHeadingElement>(null)
  const scene = player.currentScene()

  useEffect(() => {
    if (epoch > 0 && !ended) heading.current?.focus()
  }, [epoch, ended])

  return (
    <header className="scene-header">
      <h1 className="scene-header-title" ref={heading} tabIndex={-1}>
        {scene ? text(scene.title) : ''}
      </h1>
    </header>
  )
}
