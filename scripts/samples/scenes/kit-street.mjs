// Street furniture and nature: cars, a city bus, lamp posts, trees, benches, a bus shelter, fences, goals.
import { box, cylinder, ellipsoid, convex, group } from '../lib/shapes.mjs'
import { foliage } from '../lib/foliage.mjs'
import { solid, glass, metal, leaves, emissive, set } from '../lib/materials.mjs'
import { lin } from '../lib/sky.mjs'
import { textMask } from '../lib/font.mjs'
import { smoothstep } from '../lib/noise.mjs'

const tyre = solid('#1c1c1e', { vary: 0.05 })
const darkGlass = glass('#23292e', { refl: 0.2 })

/** Car body along local x (rot turns it), 4.3 m long. */
export function car({ x, z, rot = 0, color = '#8a1f24' }) {
  const paint = solid(color, { vary: 0.04, spec: 0.9, shine: 80 })
  const c = Math.cos(rot), s = Math.sin(rot)
  const p = (lx, lz) => [x + lx * c + lz * s, z - lx * s + lz * c]
  const items = [box({ cx: x, cz: z, y0: 0.3, y1: 0.95, w: 4.3, d: 1.8, rot, mat: paint })]
  // cabin: a prism with a slanted windscreen and rear window, planes given in the car's own frame
  const plane = (nlx, ny, nlz, k) => {
    const wx = nlx * c + nlz * s, wz = -nlx * s + nlz * c
    return [wx, ny, wz, k + wx * x + wz * z]
  }
  const planes = [plane(0, 0, 1, 0.82), plane(0, 0, -1, 0.82), plane(0.6, 0.4, 0, 1.1), plane(-0.5, 0.5, 0, 1.325), [0, 1, 0, 1.5], [0, -1, 0, -0.94]]
  const bb = [x - 2.3, 0.9, z - 2.3, x + 2.3, 1.55, z + 2.3]
  items.push(convex({ planes, bbox: bb, mat: (h, m) => { if (h.face === 4) paint(h, m); else darkGlass(h, m) } }))
  for (const [lx, lz] of [[1.35, 0.8], [-1.35, 0.8], [1.35, -0.8], [-1.35, -0.8]]) {
    const [wx, wz] = p(lx, lz)
    items.push(ellipsoid({ cx: wx, cy: 0.33, cz: wz, rx: Math.abs(c) * 0.33 + Math.abs(s) * 0.13, ry: 0.33, rz: Math.abs(s) * 0.33 + Math.abs(c) * 0.13, mat: tyre }))
  }
  return group(items, { ao: [x - 2, z - 2, x + 2, z + 2], aoK: 0.6, aoS: 3 })
}

/** Red city bus (12 m) along local x, front at +x, with route number on the destination display. */
export function bus({ x, z, rot = 0, route = '31' }) {
  const red = lin('#b3242a'), win = lin('#1b2226')
  const mat = (h, m) => {
    const front = h.face === 0
    if (h.face === 2) { set(m, lin('#bdbab3')); return }
    if (front && h.v > 2.45 && h.v < 2.8 && h.u > 0.4 && h.u < 2.1) {
      const t = textMask(route, h.u - 0.4, h.v - 2.45, 1.7, 0.35)
      set(m, t ? [2, 1.1, 0.1] : [0.01, 0.01, 0.01]); if (t) { m.er = 1.6; m.eg = 0.7; m.eb = 0.05 } return
    }
    const band = front ? h.v > 1.0 && h.v < 2.4 && h.u > 0.15 && h.u < 2.4 : h.v > 1.05 && h.v < 2.45 && (h.u % 1.9) > 0.12
    if (band) { set(m, win); m.refl = 0.25; m.spec = 1.5; m.shine = 200; return }
    set(m, red, h.v < 0.5 ? 0.35 : 1); m.spec = 0.5; m.shine = 60
  }
  const items = [box({ cx: x, cz: z, y0: 0.3, y1: 3.1, w: 12, d: 2.55, rot, mat })]
  const c = Math.cos(rot), s = Math.sin(rot)
  for (const [lx, lz] of [[3.8, 1.2], [3.8, -1.2], [-3.2, 1.2], [-3.2, -1.2]]) {
    items.push(ellipsoid({ cx: x + lx * c + lz * s, cy: 0.5, cz: z - lx * s + lz * c, rx: Math.abs(c) * 0.5 + Math.abs(s) * 0.16, ry: 0.5, rz: Math.abs(s) * 0.5 + Math.abs(c) * 0.16, mat: tyre }))
  }
  return group(items, { ao: [x - 6, z - 1.3, x + 6, z + 1.3], aoK: 0.6 })
}

export function lampPost({ x, z, h = 5, lit = false, color = '#3a3d40' }) {
  const pole = metal(color, 0.3)
  return group([
    cylinder({ cx: x, cz: z, r: 0.07, r1: 0.05, y0: 0, y1: h, mat: pole }),
    cylinder({ cx: x, cz: z, r: 0.12, y0: h, y1: h + 0.12, mat: pole }),
    cylinder({ cx: x, cz: z, r: 0.28, r1: 0.1, y0: h - 0.35, y1: h, mat: pole }),
    cylinder({ cx: x, cz: z, r: 0.22, y0: h - 0.42, y1: h - 0.35, mat: lit ? emissive('#ffd9a0', 9) : solid('#dcd8cc'), shadow: false }),
  ])
}

/** Deciduous tree: trunk + a few leafy crowns. */
export function tree({ x, z, h = 7, r = 2.4, seed = 1, color, alt, birch = false }) {
  const bark = birch ? birchBark : solid('#4d4237', { vary: 0.2, scale: 3 })
  const leaf = leaves(color, alt)
  const items = [cylinder({ cx: x, cz: z, r: 0.18, r1: 0.1, y0: 0, y1: h * 0.65, mat: bark })]
  items.push(foliage({ cx: x, cy: h - r * 0.9, cz: z, rx: r, ry: r * 0.95, mat: leaf, seed }))
  items.push(foliage({ cx: x + r * 0.35, cy: h - r * 1.5, cz: z - r * 0.3, rx: r * 0.75, mat: leaf, seed: seed + 11 }))
  return group(items, { ao: [x - 0.3, z - 0.3, x + 0.3, z + 0.3], aoK: 0.35, aoS: 0.5 })
}

const birchWhite = lin('#e6e2d8'), birchDark = lin('#2a2724')
function birchBark(h, m) {
  const spot = Math.sin(h.v * 9 + Math.sin(h.u * 20) * 2) > 0.85 || fbmSpots(h.u, h.v)
  set(m, spot ? birchDark : birchWhite)
}
const fbmSpots = (u, v) => Math.sin(u * 31 + v * 7) * Math.sin(v * 13) > 0.8

/** Spruce/pine: tall narrow dark crown. */
export function pine({ x, z, h = 9, seed = 1, y = 0 }) {
  // y lets the tree stand on a slope or plateau
  return group([
    cylinder({ cx: x, cz: z, r: 0.16, r1: 0.08, y0: y, y1: y + h * 0.8, mat: solid('#5a4030', { vary: 0.2 }) }),
    foliage({ cx: x, cy: y + h * 0.55, cz: z, rx: h * 0.17, ry: h * 0.45, mat: leaves('#16301c', '#24401f'), seed, density: 0.12, scale: 2.2 }),
  ])
}

export function bench({ x, z, rot = 0, color = '#6e4b2e' }) {
  const wood = solid(color, { vary: 0.15, scale: 2 }), iron = metal('#2b2b2b')
  const c = Math.cos(rot), s = Math.sin(rot)
  const p = (lx, lz) => [x + lx * c + lz * s, z - lx * s + lz * c]
  const items = [box({ cx: x, cz: z, y0: 0.42, y1: 0.47, w: 1.8, d: 0.45, rot, mat: wood })]
  const [bx, bz] = p(0, 0.22)
  items.push(box({ cx: bx, cz: bz, y0: 0.55, y1: 0.85, w: 1.8, d: 0.05, rot, mat: wood }))
  for (const lx of [-0.8, 0.8]) { const [lx2, lz2] = p(lx, 0); items.push(box({ cx: lx2, cz: lz2, y0: 0, y1: 0.42, w: 0.06, d: 0.42, rot, mat: iron })) }
  return group(items, { ao: [x - 0.9, z - 0.3, x + 0.9, z + 0.3], aoK: 0.3 })
}

/** Glass bus shelter along local x, open to local -z (the road), with a lit poster at one end. */
export function busShelter({ x, z, rot = 0 }) {
  const frame = metal('#2e3236', 0.4), pane = glass('#9fb3ba', { refl: 0.1, trans: 0.75 })
  const poster = (h, m) => {
    const t = smoothstep(0.3, 1.7, h.v)
    set(m, [0.9 - 0.6 * t, 0.35 + 0.3 * t, 0.2 + 0.6 * t]); m.er = m.r * 1.3; m.eg = m.g * 1.3; m.eb = m.b * 1.3
  }
  const c = Math.cos(rot), s = Math.sin(rot)
  const p = (lx, lz) => [x + lx * c + lz * s, z - lx * s + lz * c]
  const items = []
  const [bx, bz] = p(0, 0.7)
  items.push(box({ cx: bx, cz: bz, y0: 0.1, y1: 2.3, w: 4, d: 0.03, rot, mat: pane, shadow: false }))
  for (const lx of [-2, 2]) {
    const [sx, sz] = p(lx, 0.1)
    items.push(box({ cx: sx, cz: sz, y0: 0.1, y1: 2.3, w: 0.03, d: 1.2, rot, mat: lx < 0 ? pane : poster, shadow: lx > 0 }))
    for (const lz of [-0.5, 0.7]) { const [px, pz] = p(lx, lz); items.push(box({ cx: px, cz: pz, y0: 0, y1: 2.45, w: 0.08, d: 0.08, rot, mat: frame })) }
  }
  const [rx, rz] = p(0, 0.05)
  items.push(box({ cx: rx, cz: rz, y0: 2.45, y1: 2.55, w: 4.3, d: 1.6, rot, mat: frame }))
  const [sx2, sz2] = p(0, 0.45)
  items.push(box({ cx: sx2, cz: sz2, y0: 0.45, y1: 0.5, w: 2.6, d: 0.35, rot, mat: solid('#8d6a45') }))
  return group(items, { ao: [x - 2, z - 0.6, x + 2, z + 0.8], aoK: 0.3 })
}

/** A bus stop pole with the round-cornered yellow/green stop sign and route number. */
export function busStopSign({ x, z, route = '31' }) {
  const mat = (h, m) => {
    const t = textMask('BUSS ' + route, h.u, h.v, 0.6, 0.5)
    set(m, t ? lin('#f2f0e6') : lin('#2a6a3c')); m.spec = 0.3
  }
  return group([
    cylinder({ cx: x, cz: z, r: 0.04, y0: 0, y1: 2.9, mat: metal('#8d9196') }),
    box({ cx: x, cz: z - 0.06, y0: 2.3, y1: 2.8, w: 0.6, d: 0.04, mat }),
  ])
}

/** Picket or mesh fence segment from (x0, z0) to (x1, z1), `mesh` = tall ball-court fence. */
export function fence({ x0, z0, x1, z1, h = 1.1, mesh = false, color = '#2f4a33' }) {
  const len = Math.hypot(x1 - x0, z1 - z0), rot = -Math.atan2(z1 - z0, x1 - x0)
  const post = metal(color, 0.2), items = []
  const n = Math.max(1, Math.round(len / 2.5))
  for (let i = 0; i <= n; i++) items.push(cylinder({ cx: x0 + ((x1 - x0) * i) / n, cz: z0 + ((z1 - z0) * i) / n, r: 0.04, y0: 0, y1: h, mat: post }))
  const c = lin(color)
  const net = (hh, m) => {
    const cell = 0.06, fu = (hh.u / cell) % 1, fv = (hh.v / cell) % 1
    const cover = hh.fp > cell * 0.5 ? 0.2 : fu < 0.2 || fv < 0.2 ? 1 : 0
    set(m, c); m.trans = 1 - cover
  }
  items.push(box({ cx: (x0 + x1) / 2, cz: (z0 + z1) / 2, y0: mesh ? 0 : h - 0.1, y1: h, w: len, d: mesh ? 0.01 : 0.05, rot, mat: mesh ? net : post, shadow: !mesh }))
  return group(items)
}

/** Football goal (white posts + net) centred at (x, z), open towards local -z. */
export function goal({ x, z, rot = 0, w = 5, h = 2 }) {
  const white = solid('#f4f4f0', { vary: 0.03 })
  const c = Math.cos(rot), s = Math.sin(rot)
  const p = (lx, lz) => [x + lx * c + lz * s, z - lx * s + lz * c]
  const items = []
  for (const lx of [-w / 2, w / 2]) { const [px, pz] = p(lx, 0); items.push(cylinder({ cx: px, cz: pz, r: 0.06, y0: 0, y1: h, mat: white })) }
  items.push(box({ cx: x, cz: z, y0: h - 0.06, y1: h + 0.06, w, d: 0.12, rot, mat: white }))
  const net = (hh, m) => { set(m, [0.8, 0.8, 0.8]); const f = (hh.u * 8) % 1, g = (hh.v * 8) % 1; m.trans = hh.fp > 0.08 ? 0.7 : f < 0.15 || g < 0.15 ? 0.1 : 1 }
  const [nx, nz] = p(0, 1)
  items.push(box({ cx: nx, cz: nz, y0: 0, y1: h, w, d: 0.02, rot, mat: net, shadow: false }))
  return group(items)
}
