import { Text } from '@react-three/drei'
import type { ThreeEvent } from '@react-three/fiber'
import { useFrame } from '@react-three/fiber'
import { Suspense, useEffect, useRef } from 'react'
import type { Group, Mesh, MeshBasicMaterial } from 'three'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { useLabelFont } from '../scene/label-fonts'

type Props = {
  id: string
  label: string
  onSelect: () => void
  registry: HotspotRegistry
  position?: [number, number, number]
  widthM?: number
  heightM?: number
  fontSizeM?: number
  primary?: boolean
}

/**
 * A button on a headset panel: a plate with a white border and its label in SDF text. Works with the
 * controller ray, a hand pinch and gaze dwell (it registers itself); hover or gaze grows the border.
 */
export function XrButton({ id, label, onSelect, registry, position = [0, 0, 0], widthM = 0.36, heightM = 0.09, fontSizeM = 0.04, primary }: Props) {
  const group = useRef<Group>(null)
  const labelFont = useLabelFont()
  const hit = useRef<Mesh>(null)
  const border = useRef<MeshBasicMaterial>(null)
  const hovered = useRef(false)
  const select = useRef(onSelect)
  useEffect(() => {
    select.current = onSelect
  }, [onSelect])

  useEffect(() => (hit.current ? registry.addButton({ id, hitArea: hit.current, onSelect: () => select.current() }) : undefined), [id, registry])

  useFrame(() => {
    const active = hovered.current || registry.gazedId === id
    group.current?.scale.setScalar(active ? 1.06 : 1)
    border.current?.color.set(active ? '#ffd400' : '#ffffff')
  })

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation()
    select.current()
  }
  return (
    <group ref={group} position={position}>
      <mesh
        ref={hit}
        renderOrder={21}
        onClick={onClick}
        onPointerOver={() => (hovered.current = true)}
        onPointerOut={() => (hovered.current = false)}
      >
        <planeGeometry args={[widthM + 0.02, heightM + 0.02]} />
        <meshBasicMaterial ref={border} color="#ffffff" transparent depthWrite={false} />
      </mesh>
      <mesh position={[0, 0, 0.002]} renderOrder={22} raycast={() => null}>
        <planeGeometry args={[widthM, heightM]} />
        <meshBasicMaterial color={primary ? '#ffd400' : '#1b1f26'} transparent depthWrite={false} />
      </mesh>
      <Suspense fallback={null}>
        <Text
          font={labelFont}
          position={[0, 0, 0.004]}
          fontSize={fontSizeM}
          maxWidth={widthM * 0.94}
          anchorX="center"
          anchorY="middle"
          textAlign="center"
          color={primary ? '#111111' : '#ffffff'}
          renderOrder={23}
          raycast={() => null}
        >
          {label}
        </Text>
      </Suspense>
    </group>
  )
}
