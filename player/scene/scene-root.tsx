import type { Scene } from '@story-schema'
import type { ReactNode } from 'react'
import { useThree } from '@react-three/fiber'
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

/**
 * Draws a new scene in the task that switched to it (a click, a key, a gaze), before the browser's
 * next frame, instead of one on-demand frame later: on a slow GPU that frame is most of a switch.
 * Not on the first scene (the canvas draws it as it mounts) and not in a headset (the session draws).
 */
function DrawSwitchAtOnce({ sceneId }: { sceneId: string }) {
  const advance = useThree((s) => s.advance)
  const gl = useThree((s) => s.gl)
  const shown = useRef(sceneId)
  useLayoutEffect(() => {
    if (shown.current === sceneId) return
    shown.current = sceneId
    if (!gl.xr.isPresenting) advance(performance.now())
  }, [sceneId, advance, gl])
  return null
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
      <DrawSwitchAtOnce sceneId={scene.id} />
    </>
  )
}
