import { useFrame, useThree } from '@react-three/fiber'
import type { HotspotId } from '@story-schema'
import { XROrigin } from '@react-three/xr'
import { useEffect, useMemo, useRef } from 'react'
import type { Group, Object3D } from 'three'
import { Vector3 } from 'three'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { objectYawDeg, worldYawDeg } from '../scene/spherical'
import { testHost } from '../scene/test-host'
import { ViewerAnchor } from '../scene/viewer-anchor'
import { usePlayer, usePlayerState } from '../ui/player-context'
import { GazeDwellLoop } from './gaze-dwell-loop'
import { XrCaptions } from './xr-captions'
import { XrMenu } from './xr-menu'
import { XrStoryPanels } from './xr-story-panels'
import { xrStore } from './xr-store'
import { createFlickDetector, headWorldYawDeg, snapTurn, turnHeadTo } from './xr-turn'

/**
 * The viewer in a headset: the XR origin (turned for snap turn, recenter and each scene's initial view,
 * the last only while black, C-18), head gaze, the menu and the story's panels. Keeps the player's
 * `inXr` in step with the session.
 */
export function XrRig({ registry }: { registry: HotspotRegistry }) {
  const player = usePlayer()
  const gl = useThree((s) => s.gl)
  const origin = useRef<Group>(null)
  const pendingYawDeg = useRef<number | null>(null)
  const inXr = usePlayerState((s) => s.inXr)
  const flickRight = useMemo(() => createFlickDetector(), [])
  const flickLeft = useMemo(() => createFlickDetector(), [])

  const sceneYawDeg = (panoramaYawDeg: number) => worldYawDeg(panoramaYawDeg, player.shownScene()?.northHeadingDeg ?? 0)

  useEffect(
    () =>
      xrStore.subscribe((state, previous) => {
        if (!!state.session === !!previous.session) return
        player.store.setState({ inXr: !!state.session, openHotspotId: null })
        if (state.session) pendingYawDeg.current = sceneYawDeg(player.view.getState().yawDeg)
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [player],
  )

  useEffect(
    () =>
      player.attachView({
        showScene: (scene) => {
          if (gl.xr.isPresenting && origin.current) {
            turnHeadTo(origin.current, gl.xr.getCamera(), worldYawDeg(scene.initialView.yawDeg, scene.northHeadingDeg))
          }
        },
      }),
    [player, gl],
  )

  const recenter = () => {
    const scene = player.shownScene()
    if (origin.current && gl.xr.isPresenting && scene) turnHeadTo(origin.current, gl.xr.getCamera(), sceneYawDeg(scene.initialView.yawDeg))
  }
  const turnBy = (byDeg: number) => origin.current && snapTurn(origin.current, byDeg)
  const inReferenceSpace = (object: Object3D | undefined) => {
    if (!object || !origin.current) return null
    const p = origin.current.worldToLocal(object.getWorldPosition(new Vector3()))
    return { x: p.x, y: p.y, z: p.z }
  }

  useEffect(() => {
    const host = testHost()
    if (!host) return
    host.xr = {
      store: xrStore,
      enter: () => xrStore.enterVR(),
      recenter,
      headYawDeg: () => headWorldYawDeg(gl.xr.getCamera()),
      originYawDeg: () => (origin.current ? objectYawDeg(origin.current) : 0),
      eyes: () => gl.xr.getCamera().cameras.map((c) => ({ x: c.position.x, viewport: c.viewport?.toArray() })),
      /** A hotspot's position in the XR reference space (what IWER's remote look_at expects). */
      hotspotInReferenceSpace: (id: HotspotId) => inReferenceSpace(registry.get(id)?.marker),
      /** A headset button's position (menu, panels), or null when it is not showing. */
      buttonInReferenceSpace: (id: string) => inReferenceSpace(registry.getButton(id)?.hitArea),
    }
  })

  useFrame(() => {
    if (!gl.xr.isPresenting || !origin.current) return
    if (pendingYawDeg.current !== null) {
      turnHeadTo(origin.current, gl.xr.getCamera(), pendingYawDeg.current)
      pendingYawDeg.current = null
    }
    const stepDeg = player.store.getState().settings.snapTurnDeg
    if (!stepDeg) return
    for (const source of xrStore.getState().inputSourceStates) {
      if (source.type !== 'controller') continue
      const xAxis = source.gamepad['xr-standard-thumbstick']?.xAxis ?? 0
      const flick = source.inputSource.handedness === 'left' ? flickLeft(xAxis) : flickRight(xAxis)
      if (flick !== 0) turnBy(flick * stepDeg)
    }
  })

  return (
    <>
      <XROrigin ref={origin} />
      {/* Only the controller and hand models are lit; the panorama and hotspots are unlit. */}
      {inXr && <ambientLight intensity={1.4} />}
      {inXr && <directionalLight position={[1, 3, 2]} intensity={1.6} />}
      {inXr && <GazeDwellLoop registry={registry} />}
      {inXr && <XrCaptions />}
      {inXr && (
        <ViewerAnchor>
          <XrMenu registry={registry} origin={origin} onRecenter={recenter} onTurn={turnBy} />
          <XrStoryPanels registry={registry} />
        </ViewerAnchor>
      )}
    </>
  )
}
