// Harbour props: fishing boats, red boathouses (sjøbuer), bollards, fish crates, a gull, the lighthouse
// and a rock breakwater.
import { box, cylinder, ellipsoid, convex, group } from '../lib/shapes.mjs'
import { solid, metal, boards, emissive, glass, set } from '../lib/materials.mjs'
import { lin } from '../lib/sky.mjs'
import { textMask } from '../lib/font.mjs'
import { prng } from '../lib/noise.mjs'

/** Turns a local frame (x along `rot`) into world planes/points. */
function frame(x, z, rot) {
  const c = Math.cos(rot), s = Math.sin(rot)
  return {
    p: (lx, lz) => [x + lx * c + lz * s, z - lx * s + lz * c],
    plane: (nlx, ny, nlz, k) => {
      const wx = nlx * c + nlz * s, wz = -nlx * s + nlz * c
      return [wx, ny, wz, k + wx * x + wz * z]
    },
  }
}

/** Fishing boat floating at y = 0, bow towards local +x. */
export function boat({ x, z, rot = 0, len = 9, beam = 3, hull = '#f1efe8', stripe = '#1f4f8a', name = '', cabin = '#f1efe8' }) {
  const f = frame(x, z, rot), bow = len * 0.35, top = 1.1, c = Math.cos(rot), s = Math.sin(rot)
  const hc = lin(hull), sc = lin(stripe), red = lin('#8a2b22')
  const hullMat = (h, m) => {
    if (h.ny > 0.9) { set(m, lin('#8c7a62')); return }
    if (h.y < 0.12) { set(m, red); return }
    const band = h.y > top - 0.3
    // the name is painted on both sides of the aft hull, read left to right from outside
    const dx = h.x - x, dz = h.z - z, lx = dx * c - dz * s, lz = dx * s + dz * c
    const along = lz < 0 ? lx : -lx, centre = lz < 0 ? -len * 0.22 : len * 0.22
    const t = name && band ? textMask(name, along - centre + 1.5, h.y - (top - 0.3), 3, 0.3) : 0
    set(m, band && !t ? sc : hc, 0.95); m.spec = 0.5; m.shine = 60
  }
  const planes = [
    f.plane(0, 0, 1, beam / 2), f.plane(0, 0, -1, beam / 2), f.plane(-1, 0, 0, len / 2),
    f.plane(beam / 2, 0, bow, (beam / 2) * (len / 2)), f.plane(beam / 2, 0, -bow, (beam / 2) * (len / 2)),
    [0, 1, 0, top], f.plane(0, -1, 0.9, 0.5), f.plane(0, -1, -0.9, 0.5),
  ]
  const r = len / 2 + 0.5
  const items = [convex({ planes, bbox: [x - r, -1, z - r, x + r, top, z + r], mat: hullMat })]
  const [cx, cz] = f.p(-len * 0.12, 0)
  const house = (h, m) => {
    if (h.face === 2) { set(m, lin('#5a5f63')); return }
    if (h.v > 0.9 && h.v < 1.5 && (h.u % 0.9) > 0.15) { set(m, lin('#1a2024')); m.refl = 0.25; return }
    set(m, lin(cabin))
  }
  items.push(box({ cx, cz, y0: top, y1: top + 2, w: len * 0.28, d: beam * 0.7, rot, mat: house }))
  const [mx, mz] = f.p(len * 0.15, 0)
  items.push(cylinder({ cx: mx, cz: mz, r: 0.06, y0: top, y1: top + 5, mat: metal('#d9d6cf') }))
  items.push(cylinder({ cx, cz, r: 0.08, y0: top + 2, y1: top + 2.6, mat: metal('#c9c6bf') }))
  return group(items)
}

/** Red boathouse with a pitched roof; the big door faces local -z. */
export function boathouse({ x, z, rot = 0, w = 6, d = 8, h = 3.2, y = 0, color = '#8e2a20', door = true }) {
  const f = frame(x, z, rot), ridge = h + w * 0.38
  const wall = boards(color), trim = lin('#ece8de'), doorC = lin('#5b1d16')
  const mat = (hh, m, sc) => {
    const fw = hh.fw ?? w
    if (hh.u < 0.12 || hh.u > fw - 0.12) { set(m, trim); return }
    if (door && hh.face === 5 && Math.abs(hh.u - w / 2) < 1.3 && hh.v < 2.6) {
      const edge = Math.abs(hh.u - w / 2) > 1.18 || hh.v > 2.48 || Math.abs(hh.u - w / 2) < 0.03
      if (edge) { set(m, trim); return }
      boards('#6a2219', { width: 0.14 })(hh, m, sc); m.r = m.r * 0.5 + doorC[0] * 0.5; return
    }
    if (hh.face === 5 && Math.abs(hh.u - w / 2) < 0.45 && hh.v > 3.0 && hh.v < 3.7) { set(m, lin('#1a1f22')); m.refl = 0.2; return }
    wall(hh, m, sc)
  }
  const items = [box({ cx: x, cz: z, y0: y, y1: y + h, w, d, rot, mat })]
  // gable: prism above the walls (ridge along local z); roof: two slabs overhanging a little
  const slope = (ridge - h) / (w / 2), R = y + ridge, bb = [x - w - d, y + h - 0.5, z - w - d, x + w + d, R + 0.4, z + w + d]
  items.push(convex({ planes: [f.plane(slope, 1, 0, R), f.plane(-slope, 1, 0, R), [0, -1, 0, -(y + h)], f.plane(0, 0, 1, d / 2), f.plane(0, 0, -1, d / 2)], bbox: bb, mat: wall }))
  const roof = solid('#2d2b2a', { vary: 0.15, scale: 1.5 })
  for (const sgn of [1, -1]) {
    items.push(convex({
      planes: [f.plane(sgn * slope, 1, 0, R + 0.2), f.plane(-sgn * slope, -1, 0, -R), f.plane(-sgn, 0, 0, 0), f.plane(sgn, 0, 0, w / 2 + 0.35),
        f.plane(0, 0, 1, d / 2 + 0.3), f.plane(0, 0, -1, d / 2 + 0.3)],
      bbox: bb, mat: roof,
    }))
  }
  return group(items, { ao: items[0].bbox.filter((_, i) => i !== 1 && i !== 4) })
}

export function bollard({ x, z, y = 0 }) {
  const iron = metal('#1e1f21', 0.4)
  return group([cylinder({ cx: x, cz: z, r: 0.16, r1: 0.13, y0: y, y1: y + 0.5, mat: iron }), cylinder({ cx: x, cz: z, r: 0.22, y0: y + 0.5, y1: y + 0.6, mat: iron })])
}

/** Stack of blue and white fish crates. */
export function crates({ x, z, y = 0, n = 4, seed = 1 }) {
  const rnd = prng(seed), items = []
  const cols = ['#2f66a8', '#e6e3da', '#2f66a8', '#d06a2a'].map((c) => solid(c, { vary: 0.08 }))
  for (let i = 0; i < n; i++) {
    const lvl = i % 3, col = Math.floor(i / 3)
    items.push(box({ cx: x + col * 0.85 + rnd() * 0.05, cz: z + rnd() * 0.1, y0: y + lvl * 0.32, y1: y + lvl * 0.32 + 0.3, w: 0.8, d: 0.5, rot: rnd() * 0.1, mat: cols[Math.floor(rnd() * 4)] }))
  }
  return group(items, { ao: [x - 0.4, z - 0.3, x + 0.4 + Math.floor(n / 3) * 0.85, z + 0.3], aoK: 0.4 })
}

/** A herring gull standing at (x, y, z), looking along yaw `look` (radians). */
export function gull({ x, y, z, look = 0 }) {
  const white = solid('#f2f1ec', { vary: 0 }), grey = solid('#9aa3aa', { vary: 0 }), beak = solid('#e8b83a', { vary: 0 })
  const dx = Math.sin(look), dz = Math.cos(look)
  const body = (h, m) => (h.y > y + 0.2 && (h.x - x) * dx + (h.z - z) * dz < 0.05 ? grey : white)(h, m)
  return group([
    ellipsoid({ cx: x, cy: y + 0.18, cz: z, rx: 0.12 + 0.1 * Math.abs(dx), ry: 0.1, rz: 0.12 + 0.1 * Math.abs(dz), mat: body }),
    ellipsoid({ cx: x + dx * 0.2, cy: y + 0.32, cz: z + dz * 0.2, rx: 0.06, mat: white }),
    ellipsoid({ cx: x + dx * 0.28, cy: y + 0.31, cz: z + dz * 0.28, rx: 0.035, ry: 0.015, rz: 0.035, mat: beak }),
    cylinder({ cx: x, cz: z, r: 0.012, y0: y, y1: y + 0.1, mat: beak }),
  ])
}

/** Lighthouse on a base at height y: white tower with a red band, gallery, lit lantern and red cap. */
export function lighthouse({ x, z, y = 0, doorYaw = Math.PI }) {
  const white = lin('#efece4'), red = lin('#b3262a')
  const tower = (h, m) => {
    const ang = Math.atan2(h.x - x, h.z - z)
    const da = Math.abs(((ang - doorYaw + 3 * Math.PI) % (2 * Math.PI)) - Math.PI)
    if (da < 0.32 && h.v < 2.1) { set(m, da > 0.28 || h.v > 2.0 ? white : lin('#3b4a3f'), 0.9); return }
    if (da < 0.15 && (Math.abs(h.v - 5.5) < 0.45 || Math.abs(h.v - 9.5) < 0.45)) { set(m, lin('#1c2226')); m.refl = 0.2; return }
    set(m, h.v > 6.8 && h.v < 9 ? red : white, 0.92 + 0.08 * Math.sin(h.v * 3))
  }
  const rail = metal('#2a2a2a')
  return group([
    cylinder({ cx: x, cz: z, r: 2.4, y0: y - 0.5, y1: y + 0.4, mat: solid('#8d8a84', { vary: 0.15 }) }),
    cylinder({ cx: x, cz: z, r: 1.9, r1: 1.35, y0: y + 0.4, y1: y + 13, mat: tower }),
    cylinder({ cx: x, cz: z, r: 2.0, y0: y + 13, y1: y + 13.25, mat: rail }),
    cylinder({ cx: x, cz: z, r: 1.9, y0: y + 13.25, y1: y + 14.1, mat: (h, m) => { set(m, [0.05, 0.05, 0.05]); m.trans = h.face === 2 ? 0 : (h.u * 6) % 1 > 0.1 ? 0.85 : 0 }, shadow: false }),
    cylinder({ cx: x, cz: z, r: 1.0, y0: y + 13.25, y1: y + 15, mat: glass('#c9d2d0', { refl: 0.15, trans: 0.3 }), shadow: false }),
    cylinder({ cx: x, cz: z, r: 0.45, y0: y + 13.6, y1: y + 14.6, mat: emissive('#ffdca0', 14), shadow: false }),
    cylinder({ cx: x, cz: z, r: 1.25, r1: 0.12, y0: y + 15, y1: y + 16.2, mat: solid('#9c2226', { vary: 0.05, spec: 0.5 }) }),
  ], { ao: [x - 2.4, z - 2.4, x + 2.4, z + 2.4] })
}

/** Rubble of granite boulders along a line (a breakwater flank or a shore). */
export function boulders({ x0, z0, x1, z1, n = 40, r = 1.2, y = 0, spread = 2, seed = 3, mat }) {
  const rnd = prng(seed), items = []
  for (let i = 0; i < n; i++) {
    const t = (i + rnd()) / n, rr = r * (0.6 + rnd() * 0.8)
    items.push(ellipsoid({
      cx: x0 + (x1 - x0) * t + (rnd() - 0.5) * spread, cy: y + (rnd() - 0.6) * rr, cz: z0 + (z1 - z0) * t + (rnd() - 0.5) * spread,
      rx: rr * (1 + rnd() * 0.5), ry: rr * 0.7, rz: rr * (1 + rnd() * 0.4), mat,
    }))
  }
  return group(items)
}

/** Bronze ship's bell on a wall bracket (the bell hangs in front of a wall facing -z). */
export function shipBell({ x, z, y }) {
  const bronze = metal('#b08a3e', 1.2)
  return group([
    box({ cx: x, cz: z + 0.1, y0: y + 0.35, y1: y + 0.42, w: 0.06, d: 0.3, mat: metal('#2a2a2a') }),
    cylinder({ cx: x, cz: z - 0.02, r: 0.07, r1: 0.12, y0: y + 0.05, y1: y + 0.33, mat: bronze }),
    cylinder({ cx: x, cz: z - 0.02, r: 0.14, y0: y, y1: y + 0.05, mat: bronze }),
  ])
}

/** A small notice board with a hand-drawn map pinned to it (the billboard's picture in real life). */
export function noticeBoard({ x, z, y }) {
  const paper = lin('#efe6cf'), sea = lin('#6f9fc0'), land = lin('#9fbf7a'), ink = lin('#3b3226')
  const mat = (h, m) => {
    if (h.face !== 5) { set(m, lin('#5a4636')); return }
    const u = h.u / 0.9, v = h.v / 0.65
    if (u < 0.06 || u > 0.94 || v < 0.08 || v > 0.92) { set(m, lin('#5a4636')); return }
    const coast = 0.55 + 0.12 * Math.sin(u * 9) + 0.05 * Math.sin(u * 23)
    set(m, v > coast ? land : sea)
    if (Math.abs(v - coast) < 0.015 || (Math.abs(u - 0.7) < 0.012 && v < coast && v > 0.25)) set(m, ink)
    if (v < 0.08 + 0.03 || Math.abs(u - 0.5) > 0.42) set(m, paper)
  }
  return group([box({ cx: x, cz: z, y0: y, y1: y + 0.65, w: 0.9, d: 0.04, mat })])
}
