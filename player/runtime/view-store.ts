import { createStore } from 'zustand/vanilla'
import type { ViewLimits } from './view-limits'
import { clampView, fullSphereLimits } from './view-limits'

export type { ViewLimits } from './view-limits'
export { clampView, fullSphereLimits } from './view-limits'

/**
 * Where the flat (non-headset) camera looks, in panorama degrees; `fovDeg` is across the screen's
 * shorter side (see cameraFovsDeg). A vanilla store: input handlers write
 * it and the camera rig reads it with getState() every frame; React never re-renders for it.
 * Partial panoramas limit the view to what exists.
 */
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

export const createViewStore = () =>
  createStore<ViewState>(() => ({ yawDeg: 0, pitchDeg: 0, fovDeg: 75, aspect: 16 / 9, limits: fullSphereLimits, version: 0 }))

export type ViewStore = ReturnType<typeof createViewStore>

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
