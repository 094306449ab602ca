import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { usePlayer } from '../ui/player-context'

/**
 * Plugs the canvas into the player: scene changes wait for rendered frames (which also run in a headset
 * session, where window.requestAnimationFrame may not), and fades are shown only when a canvas exists.
 */
export function FrameHooks() {
  const player = usePlayer()
  const waiting = useRef<(() => void)[]>([])
  const invalidate = useThree((s) => s.invalidate)
  useFrame(() => {
    if (waiting.current.length === 0) return
    const resolvers = waiting.current
    waiting.current = []
    resolvers.forEach((resolve) => resolve())
  })
  useEffect(() => {
    const nextFrame = () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve)
        invalidate()
        setTimeout(resolve, 250) // a hidden tab renders nothing: never hang a scene change on it
      })
    return player.attachView({ nextFrame })
  }, [player, invalidate])
  return null
}
