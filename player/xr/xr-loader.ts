/**
 * The only always-loaded XR code: asks whether the browser can run an immersive-vr session (so "Enter
 * VR" can show) and loads the XR module only when the viewer asks for VR. The module, with
 * @react-three/xr and the XR store at its top level, is one lazily loaded chunk that ordinary screens,
 * and headsets that are never put into VR, never download.
 */
import type * as XrSession from './xr-session'

export type XrModule = typeof XrSession

let loading: Promise<XrModule> | null = null
let loaded: XrModule | null = null
const listeners = new Set<(module: XrModule) => void>()

export const loadXr = (): Promise<XrModule> => {
  loading ??= import('./xr-session').then((module) => {
    loaded = module
    listeners.forEach((listener) => listener(module))
    return module
  })
  return loading
}

/** Calls `listener` once the XR module is loaded (at once if it already is); returns the unsubscribe. */
export const onXrLoaded = (listener: (module: XrModule) => void): (() => void) => {
  if (loaded) listener(loaded)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const immersiveVrSupported = async (): Promise<boolean> => {
  try {
    return !!(await navigator.xr?.isSessionSupported('immersive-vr'))
  } catch {
    return false
  }
}
