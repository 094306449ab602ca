import { Text } from '@react-three/drei'
import type { ReactNode } from 'react'
import { Suspense, useLayoutEffect, useRef } from 'react'
import type { Group } from 'three'
import { Matrix4, Vector3 } from 'three'
import { directionFromYawPitch } from '../scene/spherical'
import { panelTextSizes } from './xr-panel-layout'
import { useLabelFont } from '../scene/label-fonts'

export const panelDistanceM = 1.6

type Props = {
  yawDeg: number
  pitchDeg?: number
  widthM: number
  heightM: number
  title?: string
  body?: string
  textScale: number
  direction: 'ltr' | 'rtl'
  children?: ReactNode
}

const origin = new Vector3()
const up = new Vector3(0, 1, 0)

/**
 * A headset panel at a world yaw/pitch, 1.6 m from the eyes and facing them: an opaque dark plate
 * (captions-style contrast) with a title and body in SDF text, sized by the text-size setting (C-25),
 * and buttons as children (local coordinates, metres, +y up).
 */
export function XrPanel({ yawDeg, pitchDeg = -5, widthM, heightM, title, body, textScale, direction, children }: Props) {
  const group = useRef<Group>(null)
  const labelFont = useLabelFont()
  useLayoutEffect(() => {
    const panel = group.current
    if (!panel) return
    directionFromYawPitch(yawDeg, pitchDeg, panel.position).multiplyScalar(panelDistanceM)
    panel.quaternion.setFromRotationMatrix(new Matrix4().lookAt(origin, panel.position, up))
  }, [yawDeg, pitchDeg])
  const { titleM: titleSizeM, bodyM: bodySizeM } = panelTextSizes(textScale)
  const top = heightM / 2 - 0.05
  return (
    <group ref={group}>
      <mesh raycast={() => null} renderOrder={20}>
        <planeGeometry args={[widthM, heightM]} />
        <meshBasicMaterial color="#0c0e12" transparent opacity={0.94} depthWrite={false} />
      </mesh>
      <Suspense fallback={null}>
        {title && (
          <Text font={labelFont} position={[0, top, 0.003]} fontSize={titleSizeM} maxWidth={widthM - 0.1} anchorX="center" anchorY="top" textAlign="center" direction={direction} color="#ffffff" renderOrder={22} raycast={() => null}>
            {title}
          </Text>
        )}
        {body && (
          <Text font={labelFont} position={[0, top - titleSizeM * 1.6, 0.003]} fontSize={bodySizeM} lineHeight={1.35} maxWidth={widthM - 0.1} anchorX="center" anchorY="top" textAlign="center" direction={direction} color="#e8ecf0" renderOrder={22} raycast={() => null}>
            {body}
          </Text>
        )}
      </Suspense>
      <group position={[0, 0, 0.006]}>{children}</group>
    </group>
  )
}
