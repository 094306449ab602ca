// The four panoramas of "Harbour at dawn": the quay, the boathouses, the breakwater (a phone panorama,
// cropped top and bottom) and the lighthouse. Sunrise in the east-north-east over the open sea.
import { makeSky, ridge, lin, mountainColor, skyline } from '../lib/sky.mjs'
import { dirOf, look } from '../lib/tracer.mjs'
import { box, group } from '../lib/shapes.mjs'
import { water, rock, slabs, solid, boards, gravel } from '../lib/materials.mjs'
import { lampPost } from './kit-street.mjs'
import { boat, boathouse, bollard, crates, gull, lighthouse, boulders, shipBell, noticeBoard } from './kit-harbour.mjs'

const SUN_YAW = 75, SUN_ELEV = 4

function dawnSky(pixAngle, sunYaw) {
  const opts = {
    sunYaw, sunElev: SUN_ELEV, pixAngle,
    zenith: lin('#34457a', 1.5), horizon: lin('#d99a86', 1.6), sunward: lin('#ffbf70', 2.6),
    glow: [1.6, 0.8, 0.3], sunColor: [40, 26, 12], ground: lin('#20283a'),
    cloud: { cover: 0.5, lit: lin('#ffb08a', 2.4), shade: lin('#6a5f80', 1.2), height: 1, scale: 0.35, opacity: 0.9 },
    layers: [],
  }
  const s = makeSky(opts)
  // the range covers yaw sunYaw+50 … sunYaw-40 (through the back), tapering to nothing at both ends
  const range = ridge({ seed: 11, base: 1.5, amp: 7, freq: 1.3, sharp: 2 })
  const taper = (y) => {
    const off = ((((y - sunYaw - 50) % 360) + 360) % 360), span = 270
    return Math.min(1, off / 35, (span - off) / 35)
  }
  const far = { top: (y) => range(y) * Math.max(0, taper(y)), from: sunYaw + 50, to: sunYaw - 40,
    color: mountainColor({ near: lin('#3b3f5c'), far: lin('#7d7391'), snow: lin('#d9c6cf'), snowLine: 6.5, sky: s }) }
  const town = skyline({ seed: 4, base: 0.3, amp: 0.7, width: 1.1, color: lin('#3a3848'), lit: [2.2, 1.5, 0.7] })
  opts.layers.push(far, { ...town, from: sunYaw + 120, to: sunYaw + 200, top: (y) => town.top(y) })
  return s
}

function quay() {
  const deck = slabs('#8a8680', 3, 0.05), stone = rock('#6f6a66', '#4f5a3a')
  return {
    groups: [
      group([box({ cx: 0, cz: -40, y0: -3, y1: 1.2, w: 160, d: 86, mat: (h, m, sc) => (h.face === 2 ? deck : stone)(h, m, sc) }),
        box({ cx: 0, cz: 2.9, y0: 1.2, y1: 1.4, w: 160, d: 0.3, mat: solid('#4a3b2c', { vary: 0.2, scale: 2 }) })]),
      boat({ x: -6, z: 5.9, len: 9, name: 'MARIA', rot: 0.05 }), boat({ x: 8, z: 6.4, len: 11, beam: 3.4, hull: '#a3302a', stripe: '#f1efe8', cabin: '#e9e4d6', rot: Math.PI - 0.04, name: 'SULA' }),
      boat({ x: -17, z: 4.6, len: 4.5, beam: 1.6, hull: '#2d5b7a', stripe: '#e9e4d6' }),
      bollard({ x: -8, z: 2.5, y: 1.2 }), bollard({ x: -1.5, z: 2.5, y: 1.2 }), bollard({ x: 6, z: 2.5, y: 1.2 }), bollard({ x: 12, z: 2.5, y: 1.2 }),
      gull({ x: -1.5, y: 1.8, z: 2.5, look: 1.2 }),
      boathouse({ x: -14, z: -14, y: 1.2, rot: Math.PI }), boathouse({ x: -4, z: -14, y: 1.2, rot: Math.PI, color: '#a3392a' }), boathouse({ x: 7, z: -14, y: 1.2, rot: Math.PI, w: 7, color: '#e2d6b8' }),
      boathouse({ x: 18, z: -15, y: 1.2, rot: Math.PI, color: '#8e2a20' }),
      crates({ x: 2, z: -3, y: 1.2, n: 5, seed: 3 }), crates({ x: -10, z: -5, y: 1.2, n: 3, seed: 5 }),
      lampPost({ x: -12, z: 1.5, h: 4.5, lit: true }), lampPost({ x: 10, z: 1.5, h: 4.5, lit: true }),
      // the breakwater leaving the quay to the east, with the lighthouse at its end
      boulders({ x0: 40, z0: 0, x1: 75, z1: 110, n: 70, r: 2, y: 0.5, spread: 6, seed: 9, mat: rock('#77726c', '#5a5e3a') }),
      lighthouse({ x: 76, z: 116, y: 2.5 }),
    ],
    planes: [{ plane: true, y: 0, mat: water({ hex: '#1f3540' }) }],
    camera: [0, 2.8, 0],
  }
}

function boathouses() {
  const deck = slabs('#8a8680', 3, 0.05), stone = rock('#6f6a66', '#4f5a3a')
  return {
    groups: [
      group([box({ cx: 0, cz: 17, y0: -3, y1: 1.2, w: 120, d: 46, mat: (h, m, sc) => (h.face === 2 ? deck : stone)(h, m, sc) })]),
      boathouse({ x: 0, z: 7, y: 1.2 }), boathouse({ x: -8, z: 7.5, y: 1.2, color: '#e2d6b8' }), boathouse({ x: 8, z: 7, y: 1.2, w: 6.5, color: '#a3392a' }),
      boathouse({ x: 17, z: 8, y: 1.2, color: '#8e2a20' }), boathouse({ x: -17, z: 8, y: 1.2, color: '#8e2a20' }),
      crates({ x: -4.6, z: 2.4, y: 1.2, n: 6, seed: 7 }),
      group([box({ cx: 3.6, cz: 2.9, y0: 1.2, y1: 1.65, w: 1.6, d: 0.45, mat: boards('#7a6048') }), box({ cx: 3.2, cz: 3.0, y0: 1.65, y1: 1.95, w: 0.6, d: 0.4, mat: solid('#c8672e', { vary: 0.3, scale: 4 }) })]),
      bollard({ x: -2, z: -5.4, y: 1.2 }), bollard({ x: 6, z: -5.4, y: 1.2 }), lampPost({ x: 4.8, z: -1.5, h: 4.5, lit: true }),
      shipBell({ x: -1.8, z: 2.85, y: 3.3 }), noticeBoard({ x: 2.2, z: 2.95, y: 2.45 }),
      boat({ x: -9, z: -9.5, len: 8, rot: Math.PI + 0.1, name: 'MARIA' }), boat({ x: 12, z: -10.5, len: 10, hull: '#a3302a', stripe: '#f1efe8' }),
      group([box({ cx: 20, cz: -40, y0: -3, y1: 1.0, w: 40, d: 40, mat: stone })]),
    ],
    planes: [{ plane: true, y: 0, mat: water({ hex: '#1f3540' }) }],
    camera: [0, 2.8, 0],
  }
}

function breakwater() {
  const stone = rock('#77726c', '#5a5e3a'), path = gravel('#8b857b')
  return {
    groups: [
      group([box({ cx: 0, cz: -60, y0: -3, y1: 2.5, w: 4, d: 240, mat: (h, m, sc) => (h.face === 2 ? path : stone)(h, m, sc) })]),
      boulders({ x0: -3.2, z0: -120, x1: -3.2, z1: 58, n: 110, r: 1.6, y: 1.0, spread: 2.5, seed: 21, mat: stone }),
      boulders({ x0: 3.2, z0: -120, x1: 3.2, z1: 58, n: 110, r: 1.6, y: 1.0, spread: 2.5, seed: 23, mat: stone }),
      lighthouse({ x: 0, z: 64, y: 2.5 }), boulders({ x0: -5, z0: 62, x1: 5, z1: 66, n: 16, r: 2.2, y: 0.5, spread: 6, seed: 25, mat: stone }),
      boathouse({ x: -10, z: -150, y: 1.2, rot: 0.3 }), boathouse({ x: -2, z: -156, y: 1.2, rot: 0.2, color: '#e2d6b8' }), boathouse({ x: 8, z: -152, y: 1.2, color: '#a3392a' }),
      group([box({ cx: 0, cz: -190, y0: -3, y1: 1.2, w: 200, d: 60, mat: rock('#6f6a66', '#4f5a3a') })]),
    ],
    planes: [{ plane: true, y: 0, mat: water({ hex: '#1f3540' }) }],
    camera: [0, 4.1, 0],
  }
}

function lighthouseScene() {
  const stone = rock('#77726c', '#5a5e3a'), concrete = slabs('#94908a', 2.2, 0.05)
  return {
    groups: [
      group([box({ cx: 0, cz: 3, y0: -3, y1: 2.5, w: 12, d: 12, mat: (h, m, sc) => (h.face === 2 ? concrete : stone)(h, m, sc) })]),
      lighthouse({ x: 0, z: 6.5, y: 2.5 }),
      boulders({ x0: -8, z0: -4, x1: -8, z1: 11, n: 14, r: 2, y: 0.8, spread: 3, seed: 31, mat: stone }),
      boulders({ x0: 8, z0: -4, x1: 8, z1: 11, n: 14, r: 2, y: 0.8, spread: 3, seed: 33, mat: stone }),
      boulders({ x0: -7, z0: 12, x1: 7, z1: 12, n: 12, r: 2, y: 0.8, spread: 3, seed: 35, mat: stone }),
      group([box({ cx: 0, cz: -60, y0: -3, y1: 2.5, w: 4, d: 115, mat: stone })]),
      boulders({ x0: -3.3, z0: -110, x1: -3.3, z1: -4, n: 60, r: 1.6, y: 1, spread: 2.5, seed: 37, mat: stone }),
      boulders({ x0: 3.3, z0: -110, x1: 3.3, z1: -4, n: 60, r: 1.6, y: 1, spread: 2.5, seed: 39, mat: stone }),
      gull({ x: -4.5, y: 2.5, z: 1, look: -2 }),
    ],
    planes: [{ plane: true, y: 0, mat: water({ hex: '#1f3540' }) }],
    camera: [0, 4.1, 0],
  }
}

const builders = { quay: [quay, 0], boathouses: [boathouses, 180], breakwater: [breakwater, 20], lighthouse: [lighthouseScene, 40] }

export function buildScene(id, { pixAngle }) {
  const entry = builders[id]
  if (!entry) throw new Error(`unknown scene ${id}`)
  const [build, turn] = entry
  const { groups, planes, camera } = build()
  const sunYaw = SUN_YAW + turn
  const sky = dawnSky(pixAngle, sunYaw)
  const scene = { groups, planes, sun: { dir: dirOf(sunYaw, SUN_ELEV + 2), color: [2.6, 1.5, 0.75] }, ambient: [0.3, 0.32, 0.5], bounce: [0.08, 0.07, 0.07], sky: sky.sky, haze: sky.haze, fog: 0.0025, pixAngle }
  return { scene, camera, exposure: 1.1 }
}

export const ids = Object.keys(builders)
const at = (x, y, z, eye) => look(x, y, z, eye)
export const anchors = {
  quay: { gull: at(-1.5, 2.1, 2.5, 2.8), boathouses: at(-4, 2.4, -11, 2.8), breakwater: at(40, 2.4, 8, 2.8), lighthouse: at(76, 10, 116, 2.8) },
  boathouses: { door: at(0, 2.4, 3, 2.8), map: at(2.2, 2.8, 2.95, 2.8), bell: at(-1.8, 3.45, 2.85, 2.8), quay: at(-20, 1.2, -4, 2.8), breakwater: at(25, 1.2, -4, 2.8) },
  breakwater: { lighthouse: at(0, 5, 60, 4.1), harbour: at(0, 2.5, -30, 4.1) },
  lighthouse: { door: at(0, 3.6, 4.6, 4.1), foghorn: at(1.6, 9, 5, 4.1), breakwater: at(0, 2.6, -14, 4.1), lantern: at(3, 3.2, 2, 4.1) },
}
