import { createXRStore } from '@react-three/xr'

/**
 * Where controller and hand models come from: `xr-profiles/` under the app's base (a copy of
 * @webxr-input-profiles/assets' profiles, shipped by scripts/vite/xr-profiles-plugin.ts), never the
 * jsDelivr CDN (@pmndrs/xr's default), so a headset works offline in a workshop. @pmndrs/xr resolves
 * it with `new URL(…, baseAssetPath)`, so it must be absolute.
 */
export const xrProfilesUrl = (): string => new URL(`${import.meta.env.BASE_URL}xr-profiles/`, window.location.href).href

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
  baseAssetPath: xrProfilesUrl(),
  controller: { teleportPointer: false, grabPointer: false },
  hand: { teleportPointer: false, grabPointer: false, touchPointer: false },
})
