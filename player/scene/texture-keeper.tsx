import { useThree } from '@react-three/fiber'
import type { Scene } from '@story-schema'
import { useEffect } from 'react'
import type { PanoramaTextures } from '../media/panorama-textures'
import { panoramasAround } from '../runtime/neighbour-scenes'
import { usePlayer } from '../ui/player-context'

/**
 * Keeps the current scene's panorama and its neighbours' in GPU memory and disposes the rest. The
 * neighbours start loading once the current picture is complete, so they never slow it down; they are
 * uploaded when decoded, so a choice shows its scene on the next frame.
 */
export function TextureKeeper({ scene, textures }: { scene: Scene; textures: PanoramaTextures }) {
  const player = usePlayer()
  const gl = useThree((s) => s.gl)
  useEffect(() => {
    textures.useRenderer(gl)
    return () => textures.useRenderer(null)
  }, [gl, textures])
  useEffect(() => {
    const around = panoramasAround(player.story, scene)
    const current = scene.panoramaAssetId
    textures.retainOnly(around, [current])
    if (textures.settled(current)) {
      textures.retainOnly(around)
      return
    }
    const stop = textures.subscribe(current, () => {
      if (!textures.settled(current)) return
      stop()
      textures.retainOnly(around)
    })
    return stop
  }, [player, scene, textures])
  return null
}
