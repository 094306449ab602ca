import { useEffect, useState } from 'react'
import { usePlayer, usePlayerState, useStoryText } from './player-context'
import { strings } from './strings'

/** A polite live region that says the new scene's title after every change (C-27). */
export function LiveAnnouncer() {
  const player = usePlayer()
  const text = useStoryText()
  const epoch = usePlayerState((s) => s.sceneEpoch)
  const [message, setMessage] = useState('')
  useEffect(() => {
    const scene = player.currentScene()
    if (epoch > 0 && scene) setMessage(strings.sceneOf(text(scene.title)))
    // only on a new scene, not when the language changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [epoch, player])
  return (
    <div className="live-announcer visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  )
}
