import { viewFromDeviceOrientation } from '../scene/spherical'
import type { ViewStore } from '../runtime/view-store'
import { setView } from '../runtime/view-store'

/**
 * "Use motion" on phones: the gyroscope turns the view (magic window). The phone's heading when motion
 * starts maps to the current view, so nothing jumps; a drag while motion is on shifts that mapping.
 * Events with null angles (sent once by browsers without a sensor) are ignored.
 */
type OrientationPermission = { requestPermission?: () => Promise<'granted' | 'denied'> }

export const motionLookAvailable = (): boolean =>
  typeof window !== 'undefined' &&
  'DeviceOrientationEvent' in window &&
  typeof matchMedia === 'function' &&
  matchMedia('(pointer: coarse)').matches

/** iOS asks for permission, and only inside a tap handler: call this first thing in the tap. */
export const requestMotionPermission = async (): Promise<boolean> => {
  const request = (globalThis.DeviceOrientationEvent as unknown as OrientationPermission | undefined)?.requestPermission
  if (typeof request !== 'function') return true
  try {
    return (await request()) === 'granted'
  } catch {
    return false
  }
}

/** Starts turning `view` with the device; returns the function that stops it. */
export const startMotionLook = (view: ViewStore): (() => void) => {
  let base: { deviceYawDeg: number; viewYawDeg: number } | null = null
  let lastYawDeg: number | null = null
  const onOrientation = (event: DeviceOrientationEvent) => {
    if (event.alpha === null || event.beta === null || event.gamma === null) return
    const device = viewFromDeviceOrientation(event.alpha, event.beta, event.gamma)
    const current = view.getState().yawDeg
    if (!base) base = { deviceYawDeg: device.yawDeg, viewYawDeg: current }
    else if (lastYawDeg !== null && Math.abs(current - lastYawDeg) > 0.01) base.viewYawDeg += current - lastYawDeg
    setView(view, { yawDeg: base.viewYawDeg + device.yawDeg - base.deviceYawDeg, pitchDeg: device.pitchDeg })
    lastYawDeg = view.getState().yawDeg
  }
  window.addEventListener('deviceorientation', onOrientation)
  return () => window.removeEventListener('deviceorientation', onOrientation)
}
