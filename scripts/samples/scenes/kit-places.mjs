// Place-specific props: shop awning and fruit stand, football pitch paint, the city seen from a hill,
// a stone cairn, and a backyard party (picnic table, cake, balloons, swing, sandbox).
import { box, cylinder, ellipsoid, convex, group } from '../lib/shapes.mjs'
import { solid, metal, set, grass } from '../lib/materials.mjs'
import { lin } from '../lib/sky.mjs'
import { hash2, fbm2, noise2 } from '../lib/noise.mjs'

/** Striped awning on a wall at z = zWall (facing -z), from x0 to x1, sloping down towards the street. */
export function awning({ x0, x1, zWall, depth = 1.3, yTop = 3.1, yLow = 2.55, colors = ['#b8262c', '#f1ece0'] }) {
  const s = (yTop - yLow) / depth, zf = zWall - depth
  const cs = colors.map((c) => lin(c))
  const mat = (h, m) => { set(m, cs[Math.floor((h.x - x0) / 0.45) & 1] ?? cs[0], h.ny < -0.5 ? 0.55 : 1) }
  return group([convex({
    planes: [[1, 0, 0, x1], [-1, 0, 0, -x0], [0, 0, 1, zWall], [0, 0, -1, -zf], [0, 1, -s, yLow + 0.04 - s * zf], [0, -1, s, -(yLow - s * zf)]],
    bbox: [x0, yLow - 0.1, zf, x1, yTop + 0.1, zWall], mat,
  }), box({ cx: (x0 + x1) / 2, cz: zf + 0.01, y0: yLow - 0.25, y1: yLow, w: x1 - x0, d: 0.02, mat })])
}

/** Fruit and vegetable crates on a sloped stand in front of a shop. */
export function fruitStand({ x, z, w = 2.4 }) {
  const fruit = ['#e8862a', '#c7262a', '#7fb03a', '#f0d23c', '#6a2c5a', '#e8862a'].map((c) => lin(c))
  const wood = solid('#9a7650', { vary: 0.2, scale: 3 })
  const top = (h, m) => {
    if (h.ny < 0.5) { wood(h, m); return }
    const crate = Math.floor((h.x - x + w / 2) / 0.6)
    const f = fruit[crate % fruit.length]
    const blob = noise2(h.x * 18, h.z * 18) * 0.5 + 0.5
    set(m, f, 0.55 + 0.6 * blob); m.spec = 0.4; m.shine = 30
  }
  return group([
    box({ cx: x, cz: z, y0: 0, y1: 0.85, w, d: 0.7, mat: top }),
  ], { ao: [x - w / 2, z - 0.35, x + w / 2, z + 0.35], aoK: 0.4 })
}

/** Artificial-turf pitch between x0..x1, z0..z1 with mowing stripes and white lines; grass outside. */
export function pitchMaterial({ x0, x1, z0, z1 }) {
  const turf = lin('#3a5c35'), turf2 = lin('#42663c'), white = lin('#eef0ea')
  const lawn = grass('#56703f', '#86855a')
  const cx = (x0 + x1) / 2, cz = (z0 + z1) / 2
  return (h, m, sc) => {
    const { x, z } = h
    if (x < x0 - 1.5 || x > x1 + 1.5 || z < z0 - 1.5 || z > z1 + 1.5) { lawn(h, m, sc); return }
    const stripe = Math.floor((x - x0) / 5) & 1
    let c = stripe ? turf : turf2
    const lw = 0.06 + h.fp * 0.3
    const d = Math.min(Math.abs(x - x0), Math.abs(x - x1), Math.abs(z - z0), Math.abs(z - z1), Math.abs(x - cx),
      Math.abs(Math.hypot(x - cx, z - cz) - 6),
      ...[x0, x1].map((gx) => Math.abs(z - cz) < 8 && Math.abs(x - gx) < 7 ? Math.min(Math.abs(Math.abs(x - gx) - 7), Math.abs(Math.abs(z - cz) - 8)) : 9))
    if (d < lw) c = white
    const inside = x > x0 - 1.5 && x < x1 + 1.5 && z > z0 - 1.5 && z < z1 + 1.5
    set(m, c, (inside ? 1 : 0.8) * (0.9 + 0.2 * fbm2(x * 0.4, z * 0.4, 3, h.fp * 0.4)))
  }
}

/** The town seen from above: blocks of roofs, streets, parks and trees; water beyond z = shoreZ. */
export function cityFromAbove({ shoreZ = 900, waterMat, forestZ = -1e9 }) {
  const roofs = ['#7a3b2e', '#5b5d60', '#8c8478', '#3f4244', '#a0533c', '#6f6a5f', '#b8b2a4'].map((c) => lin(c))
  const road = lin('#55565a'), park = lin('#4a6d35'), tree = lin('#2e4a25')
  return (h, m, sc) => {
    const shore = shoreZ + 60 * fbm2(h.x * 0.004, 3.3, 3)
    if (h.z > shore) { waterMat(h, m, sc); return }
    if (h.z < forestZ + 40 * fbm2(h.x * 0.01, 7.1, 3)) {
      const n = fbm2(h.x * 0.09, h.z * 0.09, 4, h.fp * 0.09)
      set(m, tree, 0.25 + 0.7 * Math.max(0, n + 0.25))
      return
    }
    const bx = Math.floor(h.x / 70), bz = Math.floor(h.z / 50)
    const fx = h.x - bx * 70, fz = h.z - bz * 50
    if (fx < 9 || fz < 8) { set(m, road, 1 + 0.1 * noise2(h.x * 0.1, h.z * 0.1)); return }
    const kind = hash2(bx + 50, bz + 50)
    const treeN = fbm2(h.x * 0.12, h.z * 0.12, 3, h.fp * 0.12)
    if (kind < 0.18) { set(m, treeN > 0.05 ? tree : park, 0.8 + 0.4 * treeN); return }
    const lot = Math.floor((fx - 9) / 20) + Math.floor((fz - 8) / 14) * 7
    const lx = (fx - 9) % 20, lz = (fz - 8) % 14
    if (lx > 16 || lz > 11) { set(m, treeN > 0.15 ? tree : park, 0.9); return }
    const c = roofs[Math.floor(hash2(bx * 7 + lot, bz * 3 + lot) * roofs.length)]
    const ridgeShade = lz < 5.5 ? 1.1 : 0.75
    set(m, c, ridgeShade * (0.9 + 0.2 * hash2(lot, bx)) * (lx < 1.2 || lz < 1 ? 0.5 : 1))
  }
}

/** A cairn (varde): a stack of stones getting smaller towards the top. */
export function cairn({ x, z, y = 0, h = 1.4, stone }) {
  const items = []
  let yy = y
  for (let i = 0; i < 6; i++) {
    const r = 0.55 * (1 - i / 7)
    items.push(ellipsoid({ cx: x + 0.05 * Math.sin(i * 2.1), cy: yy + r * 0.45, cz: z + 0.05 * Math.cos(i * 1.7), rx: r, ry: r * 0.55, rz: r * 0.9, mat: stone }))
    yy += r * 0.75
    if (yy > y + h) break
  }
  return group(items)
}

/** Picnic table with a birthday cake, plates and five balloons. */
export function party({ x, z }) {
  const wood = solid('#8a6a48', { vary: 0.15, scale: 2 })
  const icing = solid('#f6efe6', { vary: 0.03 }), berry = solid('#b0243a', { vary: 0.1 })
  const items = [
    box({ cx: x, cz: z, y0: 0.72, y1: 0.78, w: 2, d: 0.8, mat: wood }),
    box({ cx: x, cz: z - 0.65, y0: 0.42, y1: 0.46, w: 2, d: 0.3, mat: wood }),
    box({ cx: x, cz: z + 0.65, y0: 0.42, y1: 0.46, w: 2, d: 0.3, mat: wood }),
  ]
  for (const dx of [-0.85, 0.85]) items.push(box({ cx: x + dx, cz: z, y0: 0, y1: 0.72, w: 0.08, d: 1.5, mat: wood }))
  items.push(cylinder({ cx: x, cz: z, r: 0.2, y0: 0.78, y1: 0.93, mat: (h, m) => (h.ny > 0.5 || h.v > 0.12 ? icing : berry)(h, m) }))
  for (let i = 0; i < 5; i++) items.push(cylinder({ cx: x + 0.1 * Math.cos(i * 1.26), cz: z + 0.1 * Math.sin(i * 1.26), r: 0.008, y0: 0.93, y1: 1.0, mat: solid('#e9d36a') }))
  for (const dx of [-0.6, 0.6]) items.push(cylinder({ cx: x + dx, cz: z, r: 0.12, y0: 0.78, y1: 0.79, mat: solid('#f0f0f0', { vary: 0 }) }))
  const colours = ['#d62f3c', '#f2c12e', '#2f7fd6', '#39a852', '#e86fb5']
  colours.forEach((c, i) => {
    const bx = x - 1 + i * 0.12, bz = z - 0.3 + (i % 2) * 0.2, by = 1.9 + 0.25 * Math.sin(i * 2.3)
    items.push(ellipsoid({ cx: bx, cy: by, cz: bz, rx: 0.17, ry: 0.21, mat: solid(c, { vary: 0.02, spec: 1.2, shine: 40 }) }))
    items.push(cylinder({ cx: bx, cz: bz, r: 0.006, y0: 0.78, y1: by - 0.2, mat: solid('#dddddd'), shadow: false }))
  })
  return group(items, { ao: [x - 1, z - 0.8, x + 1, z + 0.8], aoK: 0.5 })
}

/** Swing set (two swings) along x and a sandbox. */
export function playground({ x, z }) {
  const steel = metal('#c8452e', 0.3), rope = solid('#3a3a3a'), sandMat = solid('#d8c48e', { vary: 0.2, scale: 3 })
  const frameMat = solid('#7a5b3b')
  const items = []
  for (const dx of [-1.6, 1.6]) for (const dz of [-0.6, 0.6]) items.push(cylinder({ cx: x + dx, cz: z + dz * 0.4, r: 0.05, y0: 0, y1: 2.3, mat: steel }))
  items.push(box({ cx: x, cz: z, y0: 2.25, y1: 2.35, w: 3.3, d: 0.1, mat: steel }))
  for (const dx of [-0.7, 0.7]) {
    for (const dz of [-0.2, 0.2]) items.push(cylinder({ cx: x + dx + dz, cz: z, r: 0.012, y0: 0.5, y1: 2.25, mat: rope }))
    items.push(box({ cx: x + dx, cz: z, y0: 0.45, y1: 0.5, w: 0.5, d: 0.2, mat: solid('#1e1e1e') }))
  }
  items.push(box({ cx: x + 4, cz: z + 1, y0: 0, y1: 0.25, w: 2.5, d: 2.5, mat: (h, m) => { if (h.ny > 0.5 && Math.abs(h.x - x - 4) < 1.15 && Math.abs(h.z - z - 1) < 1.15) sandMat(h, m); else frameMat(h, m) } }))
  return group(items, { ao: [x - 1.7, z - 0.3, x + 5.3, z + 2.3], aoK: 0.25 })
}

