import type { Scene } from '@story-schema'
import type { ReactNode } from 'react'
import { useLayoutEffect, useRef } from 'react'
import type { Group } from 'three'
import type { PanoramaTextures } from '../media/panorama-textures'
import { usePlayer, usePlayerState } from '../ui/player-context'
import { CameraRig } from './camera-rig'
import { FadeVeil } from './fade-veil'
import { FrameHooks } from './frame-hooks'
import { HotspotLayer } from './hotspot-layer'
import { ListenerSync } from './listener-sync'
import type { HotspotRegistry } from './hotspot-registry'
import { PanoramaSphere } from './panorama-sphere'
import { applyNorthHeading } from './spherical'
import { TextureKeeper } from './texture-keeper'
import { ViewerAnchor } from './viewer-anchor'

/** The scene's content, turned so its north faces −Z (its yaws stay the story's yaws inside). */
function NorthFrame({ scene, children }: { scene: Scene; children: ReactNode }) {
  const group = useRef<Group>(null)
  useLayoutEffect(() => {
    if (group.current) applyNorthHeading(group.current, scene.northHeadingDeg)
  }, [scene.northHeadingDeg])
  return <group ref={group}>{children}</group>
}

/** Everything inside the canvas for the scene on screen: camera, panorama, hotspots, fade. */
export function SceneRoot({ textures, registry }: { textures: PanoramaTextures; registry: HotspotRegistry }) {
  const player = usePlayer()
  usePlayerState((s) => s.run)
  const scene = player.shownScene()
  if (!scene) return null
  return (
    <>
      <CameraRig northHeadingDeg={scene.northHeadingDeg} />
      <FrameHooks />
      <ListenerSync northHeadingDeg={scene.northHeadingDeg} />
      <TextureKeeper scene={scene} textures={textures} />
      <ViewerAnchor>
        <NorthFrame scene={scene}>
          <PanoramaSphere key={`sphere-${scene.id}`} scene={scene} textures={textures} />
          <HotspotLayer key={`hotspots-${scene.id}`} scene={scene} registry={registry} />
        </NorthFrame>
        <FadeVeil />
      </ViewerAnchor>
    </>
  )
}
