import { XR } from '@react-three/xr'
import type { ReactNode } from 'react'
import type { HotspotRegistry } from '../scene/hotspot-registry'
import { XrRig } from './xr-rig'
import { xrStore } from './xr-store'

/**
 * The XR module, loaded only where immersive-vr is supported (xr-loader.ts): the store (xr-store.ts,
 * module scope), the <XR> root around the scene, and the headset rig.
 */
export { enterVr, exitVr } from './xr-session-control'

export function XrRoot({ registry, children }: { registry: HotspotRegistry; children: ReactNode }) {
  return (
    <XR store={xrStore}>
      {children}
      <XrRig registry={registry} />
    </XR>
  )
}
