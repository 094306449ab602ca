import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { PerspectiveCamera } from 'three'
import type { ViewStore } from '../runtime/view-store'
import { setViewAspect } from '../runtime/view-store'
import { usePlayer } from '../ui/player-context'
import { applyViewRotation, cameraFovsDeg } from './spherical'

/** The player's camera rig: the player's view store points the screen camera. */
export function CameraRig({ northHeadingDeg }: { northHeadingDeg: number }) {
  const player = usePlayer()
  return <ViewCameraRig view={player.view} northHeadingDeg={northHeadingDeg} />
}

/**
 * Points the screen camera where a view store says, every frame, reading it with getState() (no
 * React state per frame). In a headset the head moves the camera and this does nothing.
 */
export function ViewCameraRig({ view, northHeadingDeg }: { view: ViewStore; northHeadingDeg: number }) {
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => view.subscribe(() => invalidate()), [view, invalidate])
  useEffect(() => setViewAspect(view, size.width / Math.max(1, size.height)), [view, size])
  useFrame(({ gl, camera }) => {
    if (gl.xr.isPresenting) return
    const state = view.getState()
    applyViewRotation(camera.rotation, state.yawDeg, state.pitchDeg, northHeadingDeg)
    const perspective = camera as PerspectiveCamera
    const { verticalDeg } = cameraFovsDeg(state.fovDeg, state.aspect)
    if (perspective.fov !== verticalDeg) {
      perspective.fov = verticalDeg
      perspective.updateProjectionMatrix()
    }
  })
  return null
}
