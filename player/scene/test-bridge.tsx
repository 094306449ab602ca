import { useFrame, useThree } from '@react-three/fiber'
import type { HotspotId } from '@story-schema'
import { useEffect, useRef } from 'react'
import { Vector3 } from 'three'
import type { PanoramaTextures } from '../media/panorama-textures'
import { runSceneId } from '../runtime/story-run'
import { setView } from '../runtime/view-store'
import { usePlayer } from '../ui/player-context'
import type { HotspotRegistry } from './hotspot-registry'
import { testHost } from './test-host'

/**
 * Test-only hooks, loaded only when a test's init script has set `window.__storysphereTest` (never in
 * normal use): projected hotspot positions, the view, frame counts and texture states.
 */
export default function TestBridge({ textures, registry }: { textures: PanoramaTextures; registry: HotspotRegistry }) {
  const player = usePlayer()
  const { gl, camera, invalidate } = useThree()
  const frames = useRef({ frames: 0, xrFrames: 0 })

  useFrame((_state, _delta, frame) => {
    frames.current.frames++
    if (frame) frames.current.xrFrames++
  })

  useEffect(() => {
    const host = testHost()
    if (!host) return
    const world = new Vector3()
    host.player = {
      frames: () => ({ ...frames.current }),
      /** Asks for a frame (the canvas draws on demand). */
      invalidate: () => invalidate(),
      view: () => player.view.getState(),
      /** Points the screen camera at once (no animation), e.g. the benchmark's yaw sweep. */
      setView: (view: { yawDeg?: number; pitchDeg?: number; fovDeg?: number }) => setView(player.view, view),
      /** True from a choice until the new scene has faded in (choices wait meanwhile). */
      transitioning: () => player.store.getState().transitioning,
      sceneId: () => {
        const run = player.store.getState().run
        return run ? runSceneId(run) : null
      },
      textures: () => textures.entries().map(({ assetId, status, source }) => ({ assetId, status, source })),
      gpuTextures: () => gl.info.memory.textures,
      /** The hotspot's centre in CSS pixels of the page, and whether a click there would reach it. */
      hotspotOnScreen: (id: HotspotId) => {
        const item = registry.get(id)
        if (!item || !item.marker.visible) return null
        item.marker.getWorldPosition(world)
        const inFront = world.clone().sub(camera.position).dot(camera.getWorldDirection(new Vector3())) > 0
        world.project(camera)
        const rect = gl.domElement.getBoundingClientRect()
        const x = rect.left + ((world.x + 1) / 2) * rect.width
        const y = rect.top + ((1 - world.y) / 2) * rect.height
        const visible = inFront && Math.abs(world.x) <= 1 && Math.abs(world.y) <= 1
        // On screen and not covered by a panel: a tap there reaches the canvas.
        return { x, y, onScreen: visible && document.elementFromPoint(x, y) === gl.domElement }
      },
      hotspotWorldPosition: (id: HotspotId) => {
        const item = registry.get(id)
        if (!item) return null
        const p = item.marker.getWorldPosition(new Vector3())
        return { x: p.x, y: p.y, z: p.z }
      },
    }
  }, [player, textures, registry, gl, camera, invalidate])
  return null
}
