import { useFrame } from '@react-three/fiber'
import { Vector3 } from 'three'
import { usePlayer } from '../ui/player-context'
import { pitchDegFromDirection, yawDegFromDirection } from './spherical'

const look = new Vector3()

/**
 * Spatial audio follows where the viewer looks, every drawn frame, allocating nothing: on a screen
 * (desktop, phone with or without motion) the view store's yaw/pitch; in a headset the head's
 * direction turned back into the panorama's frame (world yaw + north heading), so snap turn and
 * recenter — which turn the XR origin, not the panorama — are heard correctly too.
 */
export function ListenerSync({ northHeadingDeg }: { northHeadingDeg: number }) {
  const player = usePlayer()
  useFrame(({ gl }) => {
    const mixer = player.audio.mixer()
    if (!mixer) return
    if (gl.xr.isPresenting) {
      gl.xr.getCamera().getWorldDirection(look)
      mixer.setListenerOrientation(yawDegFromDirection(look) + northHeadingDeg, pitchDegFromDirection(look))
    } else {
      const view = player.view.getState()
      mixer.setListenerOrientation(view.yawDeg, view.pitchDeg)
    }
  })
  return null
}
