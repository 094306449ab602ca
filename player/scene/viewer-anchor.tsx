import { useFrame } from '@react-three/fiber'
import type { ReactNode } from 'react'
import { useRef } from 'react'
import type { Group } from 'three'

/**
 * Keeps the panorama, the hotspots and the fade veil centred on the viewer's eyes: at the origin on a
 * screen, at the head in a headset (so the picture has no parallax when the head moves).
 */
export function ViewerAnchor({ children }: { children: ReactNode }) {
  const group = useRef<Group>(null)
  useFrame(({ gl, camera }) => {
    if (!group.current) return
    const eyes = gl.xr.isPresenting ? gl.xr.getCamera() : camera
    eyes.getWorldPosition(group.current.position)
  })
  return <group ref={group}>{children}</group>
}
