// Small builders for story records, so the story definitions read like the story and not like JSON.
// Every viewer-facing text is a { lang: text } object; sizes are degrees; ids get their kind prefix here.

export const lang2 = (a, b) => (x, y) => ({ [a]: x, [b]: y })

/** A link hotspot at an anchor { yaw, pitch } from the scene module. */
export function link(id, at, target, label, description, { icon = 'arrow', sizeDeg = 10, visibleIf, effects = [] } = {}) {
  return { id: `hotspot:${id}`, kind: 'link', yawDeg: yaw(at.yaw), pitchDeg: at.pitch, sizeDeg, label, description, ...(visibleIf ? { visibleIf } : {}), targetSceneId: `scene:${target}`, icon, effects }
}

export function billboard(id, at, { label, description, title, body, image, choices = [], sizeDeg = 10, visibleIf }) {
  return {
    id: `hotspot:${id}`, kind: 'billboard', yawDeg: yaw(at.yaw), pitchDeg: at.pitch, sizeDeg, label, description, ...(visibleIf ? { visibleIf } : {}),
    title, ...(body ? { body } : {}), ...(image ? { imageAssetId: `asset:${image}` } : {}), choices,
  }
}

export function choice(id, label, { target, effects = [], visibleIf } = {}) {
  return { id: `choice:${id}`, label, ...(target ? { targetSceneId: `scene:${target}` } : {}), effects, ...(visibleIf ? { visibleIf } : {}) }
}

export function soundHotspot(id, at, asset, { label, description, caption, gain = 0.9, sizeDeg = 8 }) {
  return { id: `hotspot:${id}`, kind: 'sound', yawDeg: yaw(at.yaw), pitchDeg: at.pitch, sizeDeg, label, description, assetId: `asset:${asset}`, gain, loop: false, caption }
}

export const bed = (id, asset, gain = 0.6) => ({ id: `sound:${id}`, assetId: `asset:${asset}`, gain, loop: true, fadeInMs: 1500, fadeOutMs: 1500 })

export const placed = (id, asset, at, { distanceM, gain = 0.8, loop = true, caption }) =>
  ({ id: `sound:${id}`, assetId: `asset:${asset}`, yawDeg: yaw(at.yaw), pitchDeg: at.pitch, distanceM, gain, loop, caption })

export const isSet = (variable, value = true) => ({ type: 'compare', variable, op: 'eq', value })
export const setVar = (variable, value = true) => ({ type: 'set', variable, value })

/** A scene record; `narrations` are filled in by the builder from the media manifest. */
export function scene(id, { title, description, view, north, beds = [], sounds = [], hotspots = [], ending, narrated = true, onEnter = [] }) {
  return {
    id: `scene:${id}`, title, description, panoramaAssetId: `asset:${id}`, northHeadingDeg: north,
    initialView: { yawDeg: view[0], pitchDeg: view[1], fovDeg: view[2] ?? 75 },
    soundscape: { beds, sounds }, narrations: narrated ? [`narrate:${id}`] : [], hotspots, onEnter,
    ...(ending ? { ending: { message: ending } } : {}),
  }
}

/** Yaw wrapped into [-180, 180) and rounded to 0.5°. */
export function yaw(deg) {
  const w = ((((deg + 180) % 360) + 360) % 360) - 180
  return Math.round(w * 2) / 2 === 180 ? -180 : Math.round(w * 2) / 2
}

export const north = (deg) => ((Math.round(deg) % 360) + 360) % 360
