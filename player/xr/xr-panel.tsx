import { Text } from '@react-three/drei'
import type { ReactNode } from 'react'
import { Suspense, useEffect, useLayoutEffect, useRef } from 'react'
import type { Group, Mesh } from 'three'
import { Matrix4, Vector3 } from 'three'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { directionFromYawPitch } from '../scene/spherical'
import { panelTextSizes } from './xr-panel-layout'
import { useLabelFont } from '../scene/label-fonts'
import type { PanelImage } from './xr-image'
import { XrImage } from './xr-image'

export const panelDistanceM = 1.6

type Props = {
  yawDeg: number
  /** Where the panel's title sits; the panel hangs below it, so buttons start below the gaze. */
  pitchDeg?: number
  widthM: number
  heightM: number
  title?: string
  body?: string
  textScale: number
  direction: 'ltr' | 'rtl'
  registry: HotspotRegistry
  /** A picture between the title and the body (a billboard's image). */
  image?: PanelImage
  children?: ReactNode
}

const origin = new Vector3()
const up = new Vector3(0, 1, 0)

/**
 * A headset panel at a world yaw/pitch, 1.6 m from the eyes and facing them: an opaque dark plate
 * (captions-style contrast) with a title and body in SDF text, sized by the text-size setting (C-25),
 * and buttons as children (local coordinates, metres, +y up). The plate stops rays and the gaze, so
 * nothing behind an open panel is selected through it.
 */
export function XrPanel({ yawDeg, pitchDeg = -5, widthM, heightM, title, body, textScale, direction, registry, image, children }: Props) {
  const group = useRef<Group>(null)
  const plate = useRef<Mesh>(null)
  const labelFont = useLabelFont()
  useEffect(() => (plate.current ? registry.addBlocker(plate.current) : undefined), [registry])
  useLayoutEffect(() => {
    const panel = group.current
    if (!panel) return
    directionFromYawPitch(yawDeg, pitchDeg, panel.position).multiplyScalar(panelDistanceM)
    panel.quaternion.setFromRotationMatrix(new Matrix4().lookAt(origin, panel.position, up))
    panel.translateY(-(heightM / 2 - 0.07)) // the title at the gaze, the rest below
  }, [yawDeg, pitchDeg, heightM])
  const { titleM: titleSizeM, bodyM: bodySizeM } = panelTextSizes(textScale)
  const top = heightM / 2 - 0.05
  const imageTop = top - titleSizeM * 1.6
  const bodyTop = image ? imageTop - image.heightM - 0.03 : imageTop
  return (
    <group ref={group}>
      <mesh ref={plate} renderOrder={20} onClick={(event) => event.stopPropagation()}>
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
          <Text font={labelFont} position={[0, bodyTop, 0.003]} fontSize={bodySizeM} lineHeight={1.35} maxWidth={widthM - 0.1} anchorX="center" anchorY="top" textAlign="center" direction={direction} color="#e8ecf0" renderOrder={22} raycast={() => null}>
            {body}
          </Text>
        )}
      </Suspense>
      {image && <XrImage image={image} position={[0, imageTop - image.heightM / 2, 0.003]} />}
      <group position={[0, 0, 0.006]}>{children}</group>
    </group>
  )
}
