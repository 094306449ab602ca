// Shared surroundings for "My street": a spring afternoon sky over a Norwegian suburb, forested ridges,
// and ground planes for a street with pavements, curbs, road paint and grass strips.
import { makeSky, ridge, lin, mountainColor } from '../lib/sky.mjs'
import { dirOf } from '../lib/tracer.mjs'
import { box, group } from '../lib/shapes.mjs'
import { asphalt, slabs, grass, solid, plaster } from '../lib/materials.mjs'
import { apartmentBlock } from './kit-buildings.mjs'
import { fbm2 } from '../lib/noise.mjs'

export function afternoonSky(pixAngle, { sunYaw = 140, sunElev = 30, ridges = true } = {}) {
  const opts = {
    sunYaw, sunElev, pixAngle,
    zenith: lin('#2f62b0', 1.7), horizon: lin('#c3d4e2', 1.6), sunward: lin('#eee4cf', 1.8),
    glow: [0.9, 0.75, 0.5], sunColor: [60, 55, 45],
    cloud: { cover: 0.52, lit: lin('#ffffff', 2.2), shade: lin('#9aa5b5', 1.3), height: 1, scale: 0.55 },
    layers: [],
  }
  const s = makeSky(opts)
  if (ridges) {
    opts.layers.push({ top: ridge({ seed: 3, base: 1.2, amp: 4.5, freq: 1.6 }), color: mountainColor({ near: lin('#4f6a74'), far: lin('#8ea3ad'), sky: s }) })
    opts.layers.push({ top: ridge({ seed: 8, base: 0.6, amp: 2.6, freq: 3 }), color: forestColor(s) })
  }
  return s
}

/** Dark spruce forest on the near ridge, hazed towards the horizon. */
function forestColor(s) {
  const near = lin('#26402c')
  return (yaw, pitch, out) => {
    const hz = s.horizonAt(Math.sin(yaw / 57.3), Math.cos(yaw / 57.3))
    const n = fbm2(yaw * 2.2, pitch * 6, 4) * 0.5 + 0.5
    const k = 0.45 + 0.25 * n
    out.r = near[0] * (1 - k) + hz[0] * k; out.g = near[1] * (1 - k) + hz[1] * k; out.b = near[2] * (1 - k) + hz[2] * k
  }
}

export function lighting(sunYaw = 140, sunElev = 30) {
  return { sun: { dir: dirOf(sunYaw, sunElev), color: [3.3, 3.0, 2.6] }, ambient: [0.42, 0.52, 0.7], bounce: [0.14, 0.13, 0.11] }
}

/**
 * A street running along x: road between z = r0 and r1 (r0 < r1), pavements beyond, optional grass where `isGrass(x, z)`.
 * crossing: [x0, x1] for a zebra crossing. Returns { planes, groups }.
 */
export function streetGround({ r0, r1, crossing = null, isGrass = null, dashed = true }) {
  const mid = (r0 + r1) / 2
  const marks = (x, z) => {
    if (dashed && Math.abs(z - mid) < 0.07 && ((x % 6) + 6) % 6 < 3) return 1
    if (Math.abs(z - r0) < 0.55 && Math.abs(z - r0) > 0.45) return 0.9
    if (Math.abs(z - r1) < 0.55 && Math.abs(z - r1) > 0.45) return 0.9
    if (crossing && x > crossing[0] && x < crossing[1] && z > r0 + 0.3 && z < r1 - 0.3 && ((z % 1) + 1) % 1 < 0.5) return 1
    return 0
  }
  const road = asphalt({ marks })
  const pave = slabs('#aaa49a', 0.5, 0.06)
  const lawn = grass()
  const curb = solid('#8f8c87', { vary: 0.1, scale: 2 })
  const planes = [
    { plane: true, y: -0.12, clip: (x, z) => z > r0 && z < r1, mat: road },
    { plane: true, y: 0, clip: (x, z) => z <= r0 || z >= r1, mat: (h, m, sc) => (isGrass && isGrass(h.x, h.z) ? lawn : pave)(h, m, sc) },
  ]
  const far = [['#d9d2c2', 95, 0], ['#b9c4b0', -95, 1], ['#c9b27c', 120, 2], ['#a9b7bd', -125, 3]].map(([c, x, i]) =>
    apartmentBlock({ cx: x, cz: mid + (i > 1 ? 30 : -25), w: 44, d: 14, rot: x > 0 ? Math.PI / 2 : -Math.PI / 2, floors: 5 + (i % 2), wall: plaster(c), seed: 40 + i }))
  const groups = [...far, group([
    box({ cx: 0, cz: r0 - 0.08, y0: -0.2, y1: 0.0, w: 400, d: 0.16, mat: curb }),
    box({ cx: 0, cz: r1 + 0.08, y0: -0.2, y1: 0.0, w: 400, d: 0.16, mat: curb }),
  ])]
  return { planes, groups }
}
