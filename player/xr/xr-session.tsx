import { XR } from '@react-three/xr'
import type { ReactNode } from 'react'
import { useEffect } from 'react'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { XrRig } from './xr-rig'
import { xrRootMounted } from './xr-session-control'
import { xrStore } from './xr-store'

/**
 * The XR module, loaded when the viewer asks for VR (xr-loader.ts): the store (xr-store.ts, module
 * scope), the <XR> root around the scene, and the headset rig.
 */
export { enterVr, exitVr } from './xr-session-control'

export function XrRoot({ registry, children }: { registry: HotspotRegistry; children: ReactNode }) {
  useEffect(() => xrRootMounted(), [])
  return (
    <XR store={xrStore}>
      {children}
      <XrRig registry={registry} />
    </XR>
  )
}
