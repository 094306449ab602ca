import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { PerspectiveCamera } from 'three'
import { setViewAspect } from '../runtime/view-store'
import { usePlayer } from '../ui/player-context'
import { applyViewRotation, cameraFovsDeg } from './spherical'

/**
 * Points the screen camera where the view store says, every frame, reading it with getState() (no
 * React state per frame). In a headset the head moves the camera and this does nothing.
 */
export function CameraRig({ northHeadingDeg }: { northHeadingDeg: number }) {
  const player = usePlayer()
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => player.view.subscribe(() => invalidate()), [player, invalidate])
  useEffect(() => setViewAspect(player.view, size.width / Math.max(1, size.height)), [player, size])
  useFrame(({ gl, camera }) => {
    if (gl.xr.isPresenting) return
    const view = player.view.getState()
    applyViewRotation(camera.rotation, view.yawDeg, view.pitchDeg, northHeadingDeg)
    const perspective = camera as PerspectiveCamera
    const { verticalDeg } = cameraFovsDeg(view.fovDeg, view.aspect)
    if (perspective.fov !== verticalDeg) {
      perspective.fov = verticalDeg
      perspective.updateProjectionMatrix()
    }
  })
  return null
}
