import { clamp, wrapYawDeg } from '@story-schema'
import { createStore } from 'zustand/vanilla'
import { cameraFovsDeg } from '../scene/spherical'

/**
 * Where the flat (non-headset) camera looks, in panorama degrees; `fovDeg` is across the screen's
 * shorter side (see cameraFovsDeg). A vanilla store: input handlers write
 * it and the camera rig reads it with getState() every frame; React never re-renders for it.
 * Partial panoramas limit the view to what exists.
 */
export type ViewLimits = {
  /** Panorama yaw range covered, or null for all the way round. */
  yawRangeDeg: readonly [number, number] | null
  pitchRangeDeg: readonly [number, number]
  fovRangeDeg: readonly [number, number]
}

export type ViewState = {
  yawDeg: number
  pitchDeg: number
  fovDeg: number
  /** Canvas width / height, for the horizontal extent. */
  aspect: number
  limits: ViewLimits
  /** Increases on every change, so the rig and tests can tell that something moved. */
  version: number
}

export const fullSphereLimits: ViewLimits = { yawRangeDeg: null, pitchRangeDeg: [-90, 90], fovRangeDeg: [30, 100] }

export const createViewStore = () =>
  createStore<ViewState>(() => ({ yawDeg: 0, pitchDeg: 0, fovDeg: 75, aspect: 16 / 9, limits: fullSphereLimits, version: 0 }))

export type ViewStore = ReturnType<typeof createViewStore>

const centredRange = (range: readonly [number, number], extent: number, full: boolean): [number, number] => {
  if (full) return [range[0], range[1]]
  const low = range[0] + extent / 2
  const high = range[1] - extent / 2
  return low <= high ? [low, high] : [(range[0] + range[1]) / 2, (range[0] + range[1]) / 2]
}

/** The view moved inside the limits: fov first, then pitch and yaw so the edges stay on the picture. */
export const clampView = (view: Pick<ViewState, 'yawDeg' | 'pitchDeg' | 'fovDeg' | 'aspect' | 'limits'>) => {
  const { limits } = view
  const pitchSpan = limits.pitchRangeDeg[1] - limits.pitchRangeDeg[0]
  const fullPitch = pitchSpan >= 180
  const fovDeg = clamp(view.fovDeg, limits.fovRangeDeg[0], fullPitch ? limits.fovRangeDeg[1] : Math.min(limits.fovRangeDeg[1], pitchSpan))
  const fovs = cameraFovsDeg(fovDeg, view.aspect)
  const [pitchLow, pitchHigh] = centredRange(limits.pitchRangeDeg, Math.min(fovs.verticalDeg, pitchSpan), fullPitch)
  const pitchDeg = clamp(view.pitchDeg, pitchLow, pitchHigh)
  let yawDeg = wrapYawDeg(view.yawDeg)
  if (limits.yawRangeDeg) {
    const [yawLow, yawHigh] = centredRange(limits.yawRangeDeg, fovs.horizontalDeg, false)
    const middle = (limits.yawRangeDeg[0] + limits.yawRangeDeg[1]) / 2
    yawDeg = clamp(middle + wrapYawDeg(view.yawDeg - middle), yawLow, yawHigh)
  }
  return { yawDeg, pitchDeg, fovDeg }
}

export const setView = (store: ViewStore, view: Partial<Pick<ViewState, 'yawDeg' | 'pitchDeg' | 'fovDeg'>>): void => {
  const state = store.getState()
  store.setState({ ...clampView({ ...state, ...view }), version: state.version + 1 })
}

export const turnView = (store: ViewStore, yawByDeg: number, pitchByDeg = 0): void => {
  const { yawDeg, pitchDeg } = store.getState()
  setView(store, { yawDeg: yawDeg + yawByDeg, pitchDeg: pitchDeg + pitchByDeg })
}

export const zoomView = (store: ViewStore, fovByDeg: number): void => setView(store, { fovDeg: store.getState().fovDeg + fovByDeg })

export const setViewLimits = (store: ViewStore, limits: ViewLimits): void => {
  store.setState({ limits })
  setView(store, {})
}

export const setViewAspect = (store: ViewStore, aspect: number): void => {
  if (Math.abs(store.getState().aspect - aspect) < 1e-4) return
  store.setState({ aspect })
  setView(store, {})
}
