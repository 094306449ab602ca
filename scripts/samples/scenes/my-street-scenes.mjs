// Entry for the renderer: builds any of the six "My street" panoramas by id, with the shared sky.
import { afternoonSky, lighting } from './my-street-env.mjs'
import * as a from './my-street-a.mjs'
import * as b from './my-street-b.mjs'

const builders = {
  'front-door': [a.frontDoor, {}],
  'bus-stop': [a.busStop, { sunYaw: 200 }],
  'corner-shop': [a.cornerShop, { sunYaw: 160 }],
  'football-pitch': [b.footballPitch, { sunYaw: 120 }],
  viewpoint: [b.viewpoint, { sunYaw: 145, sunElev: 22 }],
  backyard: [b.backyard, { sunYaw: 200, sunElev: 26 }],
}

export function buildScene(id, { pixAngle }) {
  const entry = builders[id]
  if (!entry) throw new Error(`unknown scene ${id}`)
  const [build, light] = entry
  const { groups, planes, fog = 0.004, exposure = 0.9, camera } = build()
  const sky = afternoonSky(pixAngle, light)
  const scene = { groups, planes, ...lighting(light.sunYaw, light.sunElev), sky: sky.sky, haze: sky.haze, fog, pixAngle }
  return { scene, exposure, camera }
}

export const ids = Object.keys(builders)
export const anchors = { ...a.anchors, ...b.anchors }
