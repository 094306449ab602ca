import type { PanoramaAsset, Scene } from '@story-schema'
import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { PanoramaTextures } from '../media/panorama-textures'
import { coverageOf, panoramaOf } from '../runtime/scene-view'
import { usePlayer } from '../ui/player-context'
import { buildPanoramaGeometry } from './panorama-geometry'
import { acquirePanoramaMaterial, releasePanoramaMaterial, setPanoramaPicture } from './panorama-material'

export const panoramaRadiusM = 50

/**
 * The scene's panorama in the player. A missing or corrupt picture leaves a neutral shaded
 * placeholder and tells the player, which then shows the scene description (B-32).
 */
export function PanoramaSphere({ scene, textures }: { scene: Scene; textures: PanoramaTextures }) {
  const player = usePlayer()
  const asset = panoramaOf(player.story, scene)
  const sceneId = scene.id
  useEffect(() => {
    if (!asset) player.pictureFailed(sceneId)
  }, [asset, sceneId, player])
  return <PanoramaMesh asset={asset} textures={textures} onFailed={() => player.pictureFailed(sceneId)} />
}

/**
 * A panorama on the inside of a sphere (or its crop), without the player. Shows the preview at once
 * and the full picture when decoded, by swapping the material's map outside React; `onFailed` when the
 * picture can't be shown (the shaded placeholder stays).
 */
export function PanoramaMesh({ asset, textures, onFailed }: { asset: PanoramaAsset | undefined; textures: PanoramaTextures; onFailed: () => void }) {
  const geometry = useMemo(() => buildPanoramaGeometry(coverageOf(asset), panoramaRadiusM), [asset])
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const material = useMemo(() => acquirePanoramaMaterial(gl), [gl])
  const failed = useRef(onFailed)
  useEffect(() => {
    failed.current = onFailed
  })

  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => releasePanoramaMaterial(gl, material), [gl, material])

  // In the commit, not after it: a scene switch draws the new picture in the same task (scene-root.tsx).
  useLayoutEffect(() => {
    if (!asset) return
    const show = () => {
      const entry = textures.request(asset.id)
      setPanoramaPicture(material, entry.texture)
      invalidate()
      if (entry.status === 'failed') failed.current()
    }
    show()
    return textures.subscribe(asset.id, show)
  }, [asset, textures, material, invalidate])

  return <mesh geometry={geometry} material={material} renderOrder={-10} raycast={() => null} />
}
