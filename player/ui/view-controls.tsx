import { useEffect, useState } from 'react'
import { motionLookAvailable, requestMotionPermission, startMotionLook } from '../input/motion-look'
import { turnView } from '../runtime/view-store'
import { usePlayer, usePlayerState } from './player-context'
import { strings } from './strings'

const stepDeg = 20

/**
 * On-screen turn buttons (C-3, WCAG 2.5.7: no drag needed) and, on phones, the "Use motion" toggle.
 * Turns are instant steps: no animated camera motion (C-19).
 */
export function ViewControls() {
  const player = usePlayer()
  const motionOn = usePlayerState((s) => s.motionOn)
  const [canUseMotion] = useState(motionLookAvailable)
  const [denied, setDenied] = useState(false)

  useEffect(() => (motionOn ? startMotionLook(player.view) : undefined), [motionOn, player])

  const toggleMotion = async () => {
    if (motionOn) {
      player.store.setState({ motionOn: false })
      return
    }
    const allowed = await requestMotionPermission()
    setDenied(!allowed)
    player.store.setState({ motionOn: allowed })
  }

  const turn = (yawDeg: number, pitchDeg: number) => () => turnView(player.view, yawDeg, pitchDeg)
  return (
    <div className="view-controls" role="group" aria-label={strings.viewLabel}>
      <button type="button" className="player-button icon" aria-label={strings.turnLeft} onClick={turn(-stepDeg, 0)}>
        <span aria-hidden="true">↶</span>
      </button>
      <button type="button" className="player-button icon" aria-label={strings.lookUp} onClick={turn(0, stepDeg / 2)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="player-button icon" aria-label={strings.lookDown} onClick={turn(0, -stepDeg / 2)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="player-button icon" aria-label={strings.turnRight} onClick={turn(stepDeg, 0)}>
        <span aria-hidden="true">↷</span>
      </button>
      {canUseMotion && (
        <button type="button" className="player-button" aria-pressed={motionOn} onClick={() => void toggleMotion()}>
          {strings.useMotion}
        </button>
      )}
      {denied && <p role="status">{strings.motionDenied}</p>}
    </div>
  )
}
