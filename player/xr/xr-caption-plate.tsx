import { Text } from '@react-three/drei'
import { useFrame } from '@react-three/fiber'
import { Suspense, useEffect, useMemo, useRef } from 'react'
import type { Group, Mesh } from 'three'
import { Matrix4, Quaternion, Vector3 } from 'three'
import type { Placement } from '../audio'
import type { CaptionSettings } from '../captions'
import { captionColors, captionFontScale } from '../captions'
import { directionFromYawPitch, pitchDegFromDirection, radiansFromDeg, worldYawDeg, yawDegFromDirection } from '../scene/spherical'
import type { CaptionPlacementInput } from './caption-placement'
import { emptyPlacement, placeCaption } from './caption-placement'

/** Distance of the caption plate from the eyes, and the caption text's em height at medium size. */
export const captionDistanceM = 1.4
const baseFontM = 0.042
const paddingM = 0.018

const head = { at: new Vector3(), look: new Vector3(), turn: new Quaternion() }
const spot = new Vector3()
const facing = new Matrix4()
const up = new Vector3(0, 1, 0)
/** Tiny until troika has measured the text (never a flash of a 1 m plate). */
const unsizedPlate: [number, number, number] = [0.001, 0.001, 1]

type Props = {
  text: string
  /** Characters at the start of `text` that are the speaker's name (shown in the speaker colour). */
  speakerChars: number
  placement: Placement | null
  look: CaptionSettings
  northHeadingDeg: number
  /** Extra degrees up, to stack a second caption above the first. */
  liftDeg: number
  font: string
  direction: 'ltr' | 'rtl'
  /** Receives the plate's group (for the test bridge). */
  onGroup?: (group: Group | null) => void
}

/**
 * One caption in a headset (C-11): light text on a dark plate at the viewer's opacity (≥ 4.5:1, C-12),
 * at most two lines, the speaker's name in its own colour; head-locked (following the head at once)
 * or, in near-speaker mode, below the sound while it is in view, with an arrow towards it when not.
 * Placement is computed every frame into reused objects; React renders only when the words change.
 */
export function XrCaptionPlate({ text, speakerChars, placement, look, northHeadingDeg, liftDeg, font, direction, onGroup }: Props) {
  const group = useRef<Group>(null)
  const inner = useRef<Group>(null)
  const plate = useRef<Mesh>(null)
  const arrow = useRef<Mesh>(null)
  const halfWidth = useRef(0.2)
  const input = useMemo<CaptionPlacementInput>(() => ({ position: look.position, headYawDeg: 0, headPitchDeg: 0, speaker: null }), [look.position])
  const speaker = useMemo(() => ({ yawDeg: 0, pitchDeg: 0 }), [])
  const placed = useMemo(emptyPlacement, [])
  const fontM = baseFontM * captionFontScale[look.size]
  useEffect(() => {
    onGroup?.(inner.current)
    return () => onGroup?.(null)
  }, [onGroup])

  useFrame(({ gl }) => {
    const outer = group.current
    const offset = inner.current
    if (!outer || !offset || !gl.xr.isPresenting) return
    const camera = gl.xr.getCamera()
    camera.getWorldPosition(head.at)
    camera.getWorldDirection(head.look)
    camera.getWorldQuaternion(head.turn)
    input.headYawDeg = yawDegFromDirection(head.look)
    input.headPitchDeg = pitchDegFromDirection(head.look)
    if (placement) {
      speaker.yawDeg = worldYawDeg(placement.yawDeg, northHeadingDeg)
      speaker.pitchDeg = placement.pitchDeg
      input.speaker = speaker
    } else input.speaker = null
    placeCaption(input, placed)
    offset.userData.mode = placed.mode
    offset.userData.arrow = placed.arrow
    if (placed.mode === 'head') {
      const pitchDeg = placed.pitchOffsetDeg + liftDeg
      outer.position.copy(head.at)
      outer.quaternion.copy(head.turn)
      directionFromYawPitch(0, pitchDeg, offset.position).multiplyScalar(captionDistanceM)
      offset.rotation.set(radiansFromDeg(pitchDeg), 0, 0)
    } else {
      directionFromYawPitch(placed.yawDeg, placed.pitchDeg + liftDeg, spot).multiplyScalar(captionDistanceM).add(head.at)
      outer.position.copy(spot)
      outer.quaternion.setFromRotationMatrix(facing.lookAt(head.at, spot, up))
      offset.position.set(0, 0, 0)
      offset.rotation.set(0, 0, 0)
    }
    if (arrow.current) {
      arrow.current.visible = placed.arrow !== null
      arrow.current.position.x = (placed.arrow === 'left' ? -1 : 1) * (halfWidth.current + 0.045)
      arrow.current.rotation.z = placed.arrow === 'left' ? Math.PI : 0
    }
  })

  /** Sizes the plate to the text troika has laid out (only when the text changes). */
  const fitPlate = (mesh: { textRenderInfo?: { blockBounds: number[] } }) => {
    const bounds = mesh.textRenderInfo?.blockBounds
    if (!bounds || !plate.current) return
    const [minX = 0, minY = 0, maxX = 0, maxY = 0] = bounds
    halfWidth.current = (maxX - minX) / 2 + paddingM
    plate.current.scale.set(maxX - minX + 2 * paddingM, maxY - minY + 2 * paddingM, 1)
    plate.current.position.set((minX + maxX) / 2, (minY + maxY) / 2, -0.002)
  }

  // troika's colorRanges (not in drei's types; drei passes it on): the speaker's name in its colour.
  const troikaProps: Record<string, unknown> = { colorRanges: speakerChars > 0 ? { 0: captionColors.speakerHex, [speakerChars]: captionColors.textHex } : null }
  return (
    <group ref={group}>
      <group ref={inner}>
        <mesh ref={plate} renderOrder={880} scale={unsizedPlate} raycast={() => null}>
          <planeGeometry args={[1, 1]} />
          <meshBasicMaterial color={captionColors.plateHex} transparent opacity={look.plateOpacity} depthWrite={false} />
        </mesh>
        <mesh ref={arrow} renderOrder={881} visible={false} raycast={() => null}>
          <circleGeometry args={[0.03, 3]} />
          <meshBasicMaterial color={captionColors.speakerHex} transparent depthWrite={false} />
        </mesh>
        <Suspense fallback={null}>
          <Text
            font={font}
            fontSize={fontM}
            lineHeight={1.3}
            maxWidth={fontM * 26}
            anchorX="center"
            anchorY="middle"
            textAlign="center"
            direction={direction}
            color={captionColors.textHex}
            {...troikaProps}
            renderOrder={882}
            raycast={() => null}
            onSync={fitPlate}
          >
            {text}
          </Text>
        </Suspense>
      </group>
    </group>
  )
}
