// Building parts: a window/door facade painter over any wall material, and an apartment block with
// balconies, entrance canopy and roof edge.
import { box, group } from '../lib/shapes.mjs'
import { hash2, fbm2, smoothstep } from '../lib/noise.mjs'
import { lin } from '../lib/sky.mjs'
import { set, solid } from '../lib/materials.mjs'
import { textMask } from '../lib/font.mjs'

const CURTAINS = ['#d8cfc0', '#c9b48a', '#8e3b35', '#e8e4da', '#6a7b8c', '#3b3b3b'].map((c) => lin(c))

/**
 * Paints windows (reflective glass, frames, curtains), doors and shop windows over `wall`.
 * opts: { floorH, spacing, winW, winH, sill, offset, floors, groundFloor: false | 'windows',
 *         doors: [{ face, u, w, h, color, glass }], shop: { face, u0, u1, h, sign, signColor, text, textColor },
 *         roof: hex, faces: list of faces with windows, lit: share of windows lit (dawn) }
 */
export function facade(wall, opts) {
  const o = { floorH: 3, spacing: 3, winW: 1.3, winH: 1.5, sill: 0.9, offset: 0, floors: 4, faces: [0, 1, 4, 5], lit: 0, ...opts }
  const frame = lin(o.frame ?? '#ece9e2'), roof = lin(o.roof ?? '#4b4c4e'), plinth = lin('#8d8a84')
  const doors = (o.doors ?? []).map((d) => ({ ...d, col: lin(d.color ?? '#5a4636') }))
  const shop = o.shop ? { ...o.shop, sc: lin(o.shop.signColor ?? '#2f6b3a'), tc: lin(o.shop.textColor ?? '#f4efe2') } : null
  return (h, m, scene) => {
    if (h.face === 2) { set(m, roof, 0.9 + 0.2 * fbm2(h.x * 0.3, h.z * 0.3, 3)); return }
    for (const d of doors) {
      if (d.face === h.face && h.u > d.u && h.u < d.u + d.w && h.v < d.h) {
        const fu = h.u - d.u, fv = h.v
        const edge = fu < 0.1 || fu > d.w - 0.1 || fv > d.h - 0.1
        if (d.glass && !edge && fv > 0.25 && Math.abs(fu - d.w / 2) > 0.04) { set(m, [0.03, 0.035, 0.04]); m.refl = 0.12; return }
        set(m, edge ? frame : d.col, edge ? 0.9 : 1 + 0.1 * fbm2(fu * 4, fv * 0.5, 2))
        if (!edge && Math.abs(fu - d.w * 0.85) < 0.04 && Math.abs(fv - 1.05) < 0.05) { set(m, [0.7, 0.7, 0.68]); m.spec = 2 }
        return
      }
    }
    if (shop && shop.face === h.face && h.u > shop.u0 && h.u < shop.u1 && h.v < shop.h + 0.8) {
      if (h.v > shop.h) {
        const mask = shop.text ? textMask(shop.text, h.u - shop.u0, h.v - shop.h, shop.u1 - shop.u0, 0.8) : 0
        set(m, mask ? shop.tc : shop.sc)
        return
      }
      const fu = (h.u - shop.u0) % 2.2
      if (fu < 0.12 || h.v < 0.5 || h.v > shop.h - 0.15) { set(m, frame, 0.6); return }
      // shelves of goods seen through the glass: boards every 0.45 m, packets of different heights
      const shelf = Math.floor(h.v / 0.45), fv = h.v / 0.45 - shelf, slot = Math.floor((h.u - shop.u0) / 0.14)
      const tall = 0.45 + 0.45 * hash2(slot + 3, shelf + 9)
      const c = fv < 0.08 ? [0.5, 0.5, 0.48] : fv < tall && (h.u / 0.14) % 1 > 0.12 ? CURTAINS[Math.floor(hash2(slot, shelf) * CURTAINS.length)] : [0.04, 0.04, 0.045]
      set(m, c, 0.3 + 0.15 * hash2(slot + 7, shelf))
      m.refl = 0.12
      return
    }
    if (h.v < 0.45) { set(m, plinth, 0.9 + 0.2 * fbm2(h.u * 0.8, h.v * 3, 3, h.fp)); return }
    if (!o.faces.includes(h.face)) { wall(h, m, scene); return }
    const floor = Math.floor(h.v / o.floorH)
    const fv = h.v - floor * o.floorH
    const fw = h.fw ?? 1e6, off = (fw % o.spacing) / 2
    const col = Math.floor((h.u - off) / o.spacing)
    const fu = h.u - off - col * o.spacing - (o.spacing - o.winW) / 2
    const inWin = floor < o.floors && (floor > 0 || o.groundFloor !== false) && col >= 0 &&
      col < Math.floor(fw / o.spacing) && fu > 0 && fu < o.winW && fv > o.sill && fv < o.sill + o.winH
    if (!inWin) {
      wall(h, m, scene)
      if (col >= 0 && fu > -0.05 && fu < o.winW + 0.05 && fv > o.sill - 0.08 && fv < o.sill && floor < o.floors && (floor > 0 || o.groundFloor !== false)) set(m, frame, 0.75)
      return
    }
    const f = 0.07
    if (fu < f || fu > o.winW - f || fv < o.sill + f || fv > o.sill + o.winH - f || Math.abs(fu - o.winW / 2) < f / 2) { set(m, frame); return }
    const k = hash2(col * 7 + h.face * 31, floor * 13 + 5)
    const curtain = CURTAINS[Math.floor(k * 97) % CURTAINS.length]
    const side = fu / o.winW
    const hasCurtain = k > 0.45 && (side < 0.22 || side > 0.78)
    if (k < o.lit) { set(m, [0.3, 0.25, 0.15]); m.er = 2.4; m.eg = 1.6; m.eb = 0.7; m.refl = 0.05; return }
    set(m, hasCurtain ? curtain : [0.02, 0.022, 0.025], hasCurtain ? 0.35 : 1)
    m.refl = hasCurtain ? 0.05 : 0.16
    m.spec = 1; m.shine = 300
  }
}

/** A block of flats: box + balconies on the front (-z local face 5 when rot = 0), optional canopy over door. */
export function apartmentBlock({ cx, cz, w, d, floors = 4, rot = 0, wall, frame, roof, door, balconies = true, shop, seed = 1, spacing = 3, lit = 0, parapet = 0.6, canopy = !shop }) {
  const floorH = 3, top = floors * floorH + parapet
  const doors = door ? [{ face: 5, u: door.u, w: door.w ?? 1.6, h: 2.3, color: door.color ?? '#6b4a2f', glass: door.glass ?? true }] : []
  const mat = facade(wall, { floors, frame, roof, doors, shop, spacing, lit, groundFloor: shop ? false : 'windows' })
  const items = [box({ cx, cz, y0: 0, y1: top, w, d, rot, mat })]
  const c = Math.cos(rot), s = Math.sin(rot)
  const place = (lx, lz) => [cx + lx * c + lz * s, cz - lx * s + lz * c]
  const concrete = solid('#b8b4ab', { vary: 0.08 })
  const rail = solid(seed % 2 ? '#39414a' : '#e4e1da', { vary: 0.05 })
  if (balconies) {
    const cols = Math.floor(w / spacing)
    for (let f = 1; f < floors; f++) {
      for (let i = 0; i < cols; i++) {
        if (hash2(i + seed * 17, f) < 0.55 || (i + f) % 2) continue
        const lx = -w / 2 + (w % spacing) / 2 + i * spacing + spacing / 2
        const [bx, bz] = place(lx, -d / 2 - 0.75)
        items.push(box({ cx: bx, cz: bz, y0: f * floorH - 0.15, y1: f * floorH, w: 2.6, d: 1.5, rot, mat: concrete }))
        items.push(box({ cx: bx, cz: bz, y0: f * floorH, y1: f * floorH + 1.0, w: 2.6, d: 1.5, rot, mat: railing(rail) }))
      }
    }
  }
  if (door && canopy) {
    const [bx, bz] = place(-w / 2 + door.u + (door.w ?? 1.6) / 2, -d / 2 - 0.7)
    items.push(box({ cx: bx, cz: bz, y0: 2.55, y1: 2.75, w: 2.8, d: 1.4, rot, mat: concrete }))
    items.push(box({ cx: bx, cz: bz + 0.0, y0: 0, y1: 0.16, w: 2.6, d: 1.4, rot, mat: concrete }))
  }
  const bb = items[0].bbox
  return group(items, { ao: [bb[0], bb[2], bb[3], bb[5]] })
}

/** Balcony front: solid panel with a darker gap at the top (rails). */
function railing(base) {
  return (h, m, scene) => {
    base(h, m, scene)
    const v = h.v
    if (h.face !== 2 && v > 0.85) set(m, [m.r * 0.4, m.g * 0.4, m.b * 0.4])
    if (h.face === 2) set(m, [0.05, 0.05, 0.05])
    m.r *= 1 - 0.2 * smoothstep(0.3, 0, v)
  }
}
