import type { ThreeEvent } from '@react-three/fiber'
import { useFrame, useThree } from '@react-three/fiber'
import type { Hotspot } from '@story-schema'
import { clamp } from '@story-schema'
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { Group, Mesh } from 'three'
import { Matrix4, Quaternion, Vector3 } from 'three'
import { glyphOf } from '../ui/hotspot-glyph'
import type { HotspotRegistry } from './hotspot-registry'
import { markerFaceGeometry, markerFaceMaterial } from './marker-face'
import type { MarkerTheme } from './marker-theme'
import { markerLayout } from './marker-theme'
import { directionFromYawPitch, sizeAtDistanceM } from './spherical'

/** Props of `MarkerBody`: what the marker shows, and what selecting it does. */
export type MarkerBodyProps = {
  hotspot: Hotspot
  label: string
  visible: boolean
  registry: HotspotRegistry
  theme: MarkerTheme
  textScale: number
  direction: 'ltr' | 'rtl'
  /** The label's language (it picks the 3D font: Malayalam needs its own). */
  labelLanguage: string
  /** A click or tap (not a drag to look around) on the marker. */
  onSelect: () => void
  /** Whether the focus ring shows now (read every frame, never React state). */
  isFocused: () => boolean
  /** A pointer pressed on the marker (the authoring view starts dragging it from here). */
  onGrab?: (event: ThreeEvent<PointerEvent>) => void
}

const noRaycast = () => undefined

/** The SDF label (troika + font) loads after the first picture: see hotspot-label.tsx. */
const HotspotLabel = lazy(() => import('./hotspot-label'))

/** A mouse or touch "click" that moved more than a few pixels was a drag to look around. XR pointer
 * events (controller rays, hands) have no screen distance: reading it throws, so they are never drags. */
const wasDrag = (event: ThreeEvent<MouseEvent>): boolean => event.nativeEvent instanceof MouseEvent && event.delta > 8
const origin = new Vector3()
const up = new Vector3(0, 1, 0)
const parentTurn = new Quaternion()

/**
 * The look of a hotspot in the panorama, without the player (`hotspot-marker.tsx` plugs it into the
 * player, the authoring view into the editor): a dark plate with a white halo ring (3:1 against any
 * picture, C-24), the kind's icon, and the label below in SDF text. Hover and gaze grow it and add a
 * focus ring, pressing shrinks it; all of it in refs, read each frame, never React state.
 */
export function MarkerBody({ hotspot, label, visible, registry, theme, textScale, direction, labelLanguage, onSelect, isFocused, onGrab }: MarkerBodyProps) {
  const group = useRef<Group>(null)
  const hitArea = useRef<Mesh>(null)
  const focusRing = useRef<Mesh>(null)
  const pointer = useRef({ hovered: false, pressed: false })
  const invalidate = useThree((s) => s.invalidate)
  const { distanceM } = markerLayout
  const plateDeg = clamp(hotspot.sizeDeg, markerLayout.plateMinDeg, markerLayout.plateMaxDeg)
  const plateM = sizeAtDistanceM(plateDeg, distanceM) / 2
  const hitM = sizeAtDistanceM(Math.max(hotspot.sizeDeg, plateDeg + markerLayout.hitMarginDeg), distanceM) / 2
  const fontSizeM = sizeAtDistanceM(markerLayout.labelEmDeg * textScale, distanceM)

  const glyph = glyphOf(hotspot)
  const face = useMemo(() => markerFaceGeometry(plateM, glyph, theme), [plateM, glyph, theme])
  useEffect(() => () => face.dispose(), [face])

  const placement = useMemo(() => {
    const position = directionFromYawPitch(hotspot.yawDeg, hotspot.pitchDeg, new Vector3()).multiplyScalar(distanceM)
    const facing = new Matrix4().lookAt(origin, position, up)
    return { position, rotation: facing }
  }, [hotspot.yawDeg, hotspot.pitchDeg, distanceM])

  useLayoutEffect(() => {
    const marker = group.current
    const hit = hitArea.current
    if (!marker || !hit) return
    marker.position.copy(placement.position)
    marker.quaternion.setFromRotationMatrix(placement.rotation)
    return registry.add({ id: hotspot.id, marker, hitArea: hit })
  }, [placement, registry, hotspot.id])

  useLayoutEffect(() => {
    if (hitArea.current) hitArea.current.raycast = visible ? Object.getPrototypeOf(hitArea.current).raycast : noRaycast
    if (!visible) pointer.current = { hovered: false, pressed: false }
  }, [visible])

  useFrame(({ gl, camera }) => {
    const marker = group.current
    if (!marker || !visible) return
    // On a screen, face the screen (labels stay level and undistorted); in a headset, face the head.
    if (gl.xr.isPresenting) marker.quaternion.setFromRotationMatrix(placement.rotation)
    else if (marker.parent) marker.quaternion.copy(marker.parent.getWorldQuaternion(parentTurn).invert().multiply(camera.quaternion))
    const focused = isFocused() || registry.gazedId === hotspot.id
    const { hovered, pressed } = pointer.current
    marker.scale.setScalar(pressed ? markerLayout.pressedScale : hovered || focused ? markerLayout.hoverScale : 1)
    if (focusRing.current) focusRing.current.visible = hovered || focused
  })

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (!visible || wasDrag(event)) return
    event.stopPropagation()
    onSelect()
  }
  const setPointer = (hovered: boolean, pressed: boolean) => {
    pointer.current = { hovered, pressed }
    invalidate()
    if (typeof document !== 'undefined') document.body.style.cursor = hovered ? 'pointer' : ''
  }

  return (
    <group ref={group} visible={visible} name={hotspot.id}>
      <mesh
        ref={hitArea}
        onClick={onClick}
        onPointerOver={() => visible && setPointer(true, false)}
        onPointerOut={() => setPointer(false, false)}
        onPointerDown={(event) => {
          if (!visible) return
          setPointer(true, true)
          onGrab?.(event)
        }}
        onPointerUp={() => visible && setPointer(true, false)}
      >
        <circleGeometry args={[hitM, 32]} />
        {/* Never drawn (three.js skips an invisible material), still hit by rays: mouse, touch and XR. */}
        <meshBasicMaterial visible={false} />
      </mesh>
      <mesh renderOrder={1} geometry={face} material={markerFaceMaterial} />
      <mesh ref={focusRing} renderOrder={2} visible={false}>
        <ringGeometry args={[plateM * 1.22, plateM * 1.36, 48]} />
        <meshBasicMaterial color={theme.focusRing} transparent depthWrite={false} />
      </mesh>
      <Suspense fallback={null}>
        <HotspotLabel label={label} language={labelLanguage} theme={theme} plateM={plateM} fontSizeM={fontSizeM} direction={direction} />
      </Suspense>
    </group>
  )
}
