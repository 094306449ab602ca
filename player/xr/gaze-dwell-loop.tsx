import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import type { Group, Mesh } from 'three'
import { Raycaster, RingGeometry, Vector3 } from 'three'
import type { HotspotRegistry, SelectTarget } from '../scene/hotspot-registry'
import { testHost } from '../scene/test-host'
import type { PlayerController } from '../runtime/player-controller'
import { usePlayer } from '../ui/player-context'
import type { DwellState } from './gaze-dwell'
import { defaultDwellTiming, idleDwell, updateDwell } from './gaze-dwell'
import { xrStore } from './xr-store'

const reticleDistanceM = 1.5
const switchButtons = ['a-button', 'b-button', 'x-button', 'y-button']

const fire = (player: PlayerController, target: SelectTarget) => {
  if (target.kind === 'hotspot') player.select(target.id)
  else target.onSelect()
}

/**
 * Head gaze in a headset: every frame a ray from between the eyes finds what it rests on. That target
 * gets the focus ring; it is selected after the dwell time (a ring fills, C-5), or at once when any
 * face button (A/B/X/Y) is pressed, the single-switch path (C-4). Nothing here touches React state.
 */
export function GazeDwellLoop({ registry }: { registry: HotspotRegistry }) {
  const player = usePlayer()
  const raycaster = useMemo(() => new Raycaster(), [])
  const arc = useMemo(() => new RingGeometry(0.022, 0.03, 48, 1, Math.PI / 2, -Math.PI * 2), [])
  const reticle = useRef<Group>(null)
  const arcMesh = useRef<Mesh>(null)
  const dwell = useRef<DwellState>(idleDwell)
  const pressed = useRef(new Set<string>())
  const seenButtons = useRef(registry.buttonsVersion)
  const info = useRef({ targetId: null as string | null, progress: 0, selections: 0, lastDwellMs: 0 })
  const eyes = useMemo(() => ({ at: new Vector3(), look: new Vector3() }), [])

  useEffect(() => {
    const host = testHost()
    if (host) host.xrDwell = () => ({ ...info.current })
  }, [])

  useFrame(({ gl }) => {
    if (!gl.xr.isPresenting) return
    const camera = gl.xr.getCamera()
    camera.getWorldPosition(eyes.at)
    camera.getWorldDirection(eyes.look)
    raycaster.set(eyes.at, eyes.look)
    const hit = raycaster.intersectObjects(registry.visibleHitAreas(), false)[0]
    const target = hit ? registry.targetOf(hit.object) : undefined
    const { settings, transitioning } = player.store.getState()
    registry.gazedId = transitioning ? null : (target?.id ?? null)

    let selected = false
    for (const source of xrStore.getState().inputSourceStates) {
      if (source.type !== 'controller') continue
      for (const name of switchButtons) {
        const key = `${source.id}:${name}`
        const down = source.gamepad[name]?.state === 'pressed'
        if (down && !pressed.current.has(key) && target && !transitioning && !selected) {
          fire(player, target)
          selected = true
        }
        if (down) pressed.current.add(key)
        else pressed.current.delete(key)
      }
    }

    // A panel that opens under the gaze selects nothing until the gaze has moved off and back.
    if (seenButtons.current !== registry.buttonsVersion) {
      seenButtons.current = registry.buttonsVersion
      const now = performance.now()
      dwell.current = { targetId: target?.id ?? null, startMs: now, lastSeenMs: now, fired: true, cooldownUntilMs: now }
    }

    let progress = 0
    if (settings.dwellMs !== null && !transitioning && !selected) {
      const update = updateDwell(dwell.current, performance.now(), target?.id ?? null, { dwellMs: settings.dwellMs, ...defaultDwellTiming })
      dwell.current = update.state
      progress = update.progress
      if (update.selected && target) {
        info.current.selections++
        info.current.lastDwellMs = performance.now() - update.state.startMs
        fire(player, target)
      }
    } else dwell.current = idleDwell
    info.current.targetId = target?.id ?? null
    info.current.progress = progress

    if (reticle.current) {
      reticle.current.position.copy(eyes.at).addScaledVector(eyes.look, reticleDistanceM)
      camera.getWorldQuaternion(reticle.current.quaternion)
      reticle.current.visible = settings.dwellMs !== null
    }
    if (arcMesh.current) {
      arc.setDrawRange(0, Math.floor(progress * 48) * 6)
      arcMesh.current.visible = progress > 0
    }
  })

  return (
    <group ref={reticle} visible={false}>
      <mesh renderOrder={900} raycast={() => null}>
        <ringGeometry args={[0.006, 0.01, 24]} />
        <meshBasicMaterial color="#ffffff" transparent opacity={0.9} depthTest={false} depthWrite={false} />
      </mesh>
      <mesh renderOrder={900} raycast={() => null}>
        <ringGeometry args={[0.022, 0.03, 48]} />
        <meshBasicMaterial color="#000000" transparent opacity={0.45} depthTest={false} depthWrite={false} />
      </mesh>
      <mesh ref={arcMesh} geometry={arc} renderOrder={901} raycast={() => null}>
        <meshBasicMaterial color="#ffd400" transparent depthTest={false} depthWrite={false} />
      </mesh>
    </group>
  )
}
