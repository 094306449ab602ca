/**
 * The only always-loaded XR code: asks whether the browser can run an immersive-vr session and, if so
 * (or when the viewer asks for VR), loads the XR module. The module, with @react-three/xr and the XR
 * store at its top level, is one lazily loaded chunk that ordinary screens never download.
 */
import type * as XrSession from './xr-session'

export type XrModule = typeof XrSession

let loading: Promise<XrModule> | null = null

export const loadXr = (): Promise<XrModule> => {
  loading ??= import('./xr-session')
  return loading
}

export const immersiveVrSupported = async (): Promise<boolean> => {
  try {
    return !!(await navigator.xr?.isSessionSupported('immersive-vr'))
  } catch {
    return false
  }
}
