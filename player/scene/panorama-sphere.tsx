import type { Scene } from '@story-schema'
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { DoubleSide, MeshBasicMaterial } from 'three'
import type { PanoramaTextures } from '../media/panorama-textures'
import { coverageOf, panoramaOf } from '../runtime/scene-view'
import { usePlayer } from '../ui/player-context'
import { buildPanoramaGeometry } from './panorama-geometry'

export const panoramaRadiusM = 50

/**
 * The panorama on the inside of a sphere (or its crop). Shows the preview at once and the full picture
 * when decoded, by swapping the material's map outside React. A missing or corrupt picture leaves a
 * neutral shaded placeholder and tells the player, which then shows the scene description (B-32).
 */
export function PanoramaSphere({ scene, textures }: { scene: Scene; textures: PanoramaTextures }) {
  const player = usePlayer()
  const asset = panoramaOf(player.story, scene)
  const geometry = useMemo(() => buildPanoramaGeometry(coverageOf(asset), panoramaRadiusM), [asset])
  const invalidate = useThree((s) => s.invalidate)
  const material = useMemo(() => new MeshBasicMaterial({ side: DoubleSide, depthWrite: false, vertexColors: true }), [])

  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])

  useEffect(() => {
    if (!asset) {
      player.pictureFailed(scene.id)
      return
    }
    const show = () => {
      const entry = textures.request(asset.id)
      material.map = entry.texture
      material.vertexColors = !entry.texture
      material.needsUpdate = true
      invalidate()
      if (entry.status === 'failed') player.pictureFailed(scene.id)
    }
    show()
    return textures.subscribe(asset.id, show)
  }, [asset, scene.id, textures, material, player, invalidate])

  return <mesh geometry={geometry} material={material} renderOrder={-10} raycast={() => null} />
}
