import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { FirstFrame } from '../first-frame/first-frame'
import type { PanoramaTextures } from '../media/panorama-textures'
import { usePlayer } from '../ui/player-context'

/**
 * Takes the first-frame painter's canvas away once this view draws the opening picture at least as
 * sharp as the painter did (or has given up on it: a failed picture, another scene). Checked before
 * each drawn frame; the canvas goes in the next animation frame, after this one is on screen, so the
 * picture never blinks or goes soft.
 */
export function FirstFrameHandoff({ firstFrame, textures }: { firstFrame: FirstFrame; textures: PanoramaTextures }) {
  const player = usePlayer()
  const done = useRef(false)
  useFrame(() => {
    if (done.current) return
    const scene = player.shownScene()
    const status = textures.entries().find((entry) => entry.assetId === scene?.panoramaAssetId)?.status
    const painted = firstFrame.shown()
    const ready =
      scene?.id !== firstFrame.sceneId || status === 'full' || status === 'failed' || (status === 'preview' && painted !== 'full')
    if (!ready) return
    done.current = true
    requestAnimationFrame(() => firstFrame.release())
  })
  return null
}
