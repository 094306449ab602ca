import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import type { Mesh } from 'three'
import { BackSide, MeshBasicMaterial } from 'three'
import { fadeOpacityAt } from '../runtime/scene-fade'
import { usePlayer } from '../ui/player-context'

/**
 * A black sphere just around the eyes whose opacity follows the fade store: the fade through black
 * between scenes (C-18), the same on a screen and in a headset.
 */
export function FadeVeil() {
  const player = usePlayer()
  const mesh = useRef<Mesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => player.fade.subscribe(() => invalidate()), [player, invalidate])
  const material = useMemo(() => new MeshBasicMaterial({ color: '#000000', side: BackSide, transparent: true, depthTest: false, depthWrite: false }), [])
  useFrame(() => {
    if (!mesh.current) return
    const fade = player.fade.getState()
    const now = performance.now()
    const opacity = fadeOpacityAt(fade, now)
    if (now < fade.startMs + fade.durationMs + 50) invalidate() // keep drawing until the fade is done
    material.opacity = opacity
    mesh.current.visible = opacity > 0.001
  })
  return (
    <mesh ref={mesh} material={material} renderOrder={1000} raycast={() => null} visible={false}>
      <sphereGeometry args={[0.5, 16, 12]} />
    </mesh>
  )
}
