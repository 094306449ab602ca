import { useFrame, useThree } from '@react-three/fiber'
import type { HotspotId } from '@story-schema'
import { useEffect, useRef } from 'react'
import { Euler, Vector3 } from 'three'
import type { PanoramaTextures } from '../media/panorama-textures'
import type { ViewStore } from '../runtime/view-store'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { directionFromYawPitch, radiansFromDeg } from '../scene/spherical'
import { testHost } from '../scene/test-host'

type Props = { view: ViewStore; registry: HotspotRegistry; textures: PanoramaTextures; northHeadingDeg: number }

/**
 * Test-only hooks of the authoring view (`window.__storysphereTest.authoring`), loaded only when a
 * test's init script has set `window.__storysphereTest`: where three's camera draws a panorama
 * direction or a marker (CSS pixels of the page), the view, frames and textures.
 */
export default function AuthoringTestBridge({ view, registry, textures, northHeadingDeg }: Props) {
  const { gl, camera, invalidate } = useThree()
  const frames = useRef(0)
  const north = useRef(northHeadingDeg)
  useEffect(() => {
    north.current = northHeadingDeg
  }, [northHeadingDeg])
  useFrame(() => {
    frames.current++
  })
  useEffect(() => {
    const host = testHost()
    if (!host) return
    const toScreen = (world: Vector3) => {
      const inFront = world.clone().sub(camera.position).dot(camera.getWorldDirection(new Vector3())) > 0
      world.project(camera)
      const rect = gl.domElement.getBoundingClientRect()
      const x = rect.left + ((world.x + 1) / 2) * rect.width
      const y = rect.top + ((1 - world.y) / 2) * rect.height
      const visible = inFront && Math.abs(world.x) <= 1 && Math.abs(world.y) <= 1
      return { x, y, onScreen: visible && document.elementFromPoint(x, y) === gl.domElement }
    }
    host.authoring = {
      frames: () => frames.current,
      invalidate: () => invalidate(),
      view: () => view.getState(),
      textures: () => textures.entries().map(({ assetId, status, source }) => ({ assetId, status, source })),
      /** A panorama direction (the scene's north heading applied, as the picture is turned). */
      screenPointOf: (yawDeg: number, pitchDeg: number) => {
        const world = directionFromYawPitch(yawDeg, pitchDeg, new Vector3()).multiplyScalar(10)
        return toScreen(world.applyEuler(new Euler(0, radiansFromDeg(north.current), 0)))
      },
      hotspotWorldPosition: (id: HotspotId) => {
        const p = registry.get(id)?.marker.getWorldPosition(new Vector3())
        return p ? { x: p.x, y: p.y, z: p.z } : null
      },
      hotspotOnScreen: (id: HotspotId) => {
        const item = registry.get(id)
        return item ? toScreen(item.marker.getWorldPosition(new Vector3())) : null
      },
    }
    return () => {
      delete host.authoring
    }
  }, [view, registry, textures, gl, camera, invalidate])
  return null
}
