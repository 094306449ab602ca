import { createXRStore } from '@react-three/xr'

/**
 * The XR store, at module scope (the pmndrs/xr pattern), in the lazily loaded XR chunk only. A 360°
 * viewer needs no anchors, planes, meshes, hit tests, layers or body tracking; hands stay on (pinch).
 * No emulator is injected: tests inject IWER themselves, and it never ships in the bundle.
 */
export const xrStore = createXRStore({
  emulate: false,
  offerSession: false,
  anchors: false,
  meshDetection: false,
  planeDetection: false,
  hitTest: false,
  layers: false,
  bodyTracking: false,
  domOverlay: false,
  handTracking: true,
  controller: { teleportPointer: false, grabPointer: false },
  hand: { teleportPointer: false, grabPointer: false, touchPointer: false },
})
