import { useState } from 'react'
import { usePlayerState } from '../ui/player-context'
import { strings } from '../ui/strings'
import { loadXr } from './xr-loader'

/**
 * "Enter VR": a DOM button outside the canvas, shown only where immersive-vr is supported. Its click
 * loads the XR module (xr-loader.ts) and is the user gesture the session needs.
 */
export function EnterVrButton() {
  const supported = usePlayerState((s) => s.xrSupported)
  const inXr = usePlayerState((s) => s.inXr)
  const [busy, setBusy] = useState(false)
  if (!supported) return null
  const onClick = async () => {
    setBusy(true)
    try {
      const xr = await loadXr()
      if (inXr) await xr.exitVr()
      else await xr.enterVr()
    } finally {
      setBusy(false)
    }
  }
  return (
    <button type="button" id="enter-vr" className="player-button enter-vr-button" disabled={busy} onClick={() => void onClick()}>
      {inXr ? strings.exitVr : strings.enterVr}
    </button>
  )
}
