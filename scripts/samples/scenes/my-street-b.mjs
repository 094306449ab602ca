// "My street", part 2: the football pitch in the park, the view point on the cliff above town,
// and the backyard where the birthday party is.
import { apartmentBlock } from './kit-buildings.mjs'
import { lampPost, tree, pine, bench, fence, goal } from './kit-street.mjs'
import { pitchMaterial, cityFromAbove, cairn, party, playground } from './kit-places.mjs'
import { plaster, brick, gravel, rock, grass, water, slabs } from '../lib/materials.mjs'
import { ellipsoid, group } from '../lib/shapes.mjs'
import { look } from '../lib/tracer.mjs'
import { fbm2, prng } from '../lib/noise.mjs'

export function footballPitch() {
  const pitch = pitchMaterial({ x0: -30, x1: 30, z0: 2, z1: 40 })
  const path = gravel('#8f8575')
  const onPath = (x, z) => {
    // segment from (3, -1.8) to (-45, -22)
    const ax = x - 3, az = z + 1.8, bx = -48, bz = -20.2
    const t = Math.max(0, Math.min(1, (ax * bx + az * bz) / (bx * bx + bz * bz)))
    return Math.hypot(ax - bx * t, az - bz * t) < 0.9 + 0.25 * fbm2(x * 0.3, z * 0.3, 2)
  }
  const rnd = prng(77)
  const groups = [
    goal({ x: 28, z: 21, rot: Math.PI / 2 }), goal({ x: -28, z: 21, rot: -Math.PI / 2 }),
    fence({ x0: 32, z0: 0, x1: 32, z1: 42, h: 4, mesh: true }), fence({ x0: -32, z0: 0, x1: -32, z1: 42, h: 4, mesh: true }),
    fence({ x0: -32, z0: 42, x1: 32, z1: 42, h: 1.2, mesh: true }),
    bench({ x: -6, z: -1.2, rot: Math.PI }), bench({ x: 6, z: -1.2, rot: Math.PI }),
    tree({ x: 12, z: -8, h: 8, r: 2.8, seed: 41 }), tree({ x: -14, z: -6, h: 7.5, r: 2.6, seed: 43, birch: true, color: '#6d9a38' }),
    tree({ x: 24, z: -12, h: 9, r: 3, seed: 45 }), lampPost({ x: 3, z: -3 }),
    group([ellipsoid({ cx: 4.2, cy: 0.11, cz: 9, rx: 0.11, mat: (h, m) => { const k = Math.sin(h.x * 40) * Math.sin(h.z * 40) * Math.sin(h.y * 40) > 0.2; m.r = m.g = m.b = k ? 0.02 : 0.8 } })]),
    apartmentBlock({ cx: 0, cz: 92, w: 60, d: 12, rot: Math.PI, floors: 6, wall: plaster('#d9d2c2'), seed: 13 }),
    apartmentBlock({ cx: 70, cz: 70, w: 40, d: 12, rot: Math.PI / 2 * 3, floors: 4, wall: brick('#8b4a36'), seed: 14 }),
    apartmentBlock({ cx: 8, cz: -42, w: 50, d: 12, floors: 4, wall: plaster('#d8b478'), seed: 15 }),
    apartmentBlock({ cx: 60, cz: -36, w: 30, d: 12, floors: 4, wall: plaster('#a9b7bd'), seed: 16 }),
  ]
  for (let i = 0; i < 14; i++) groups.push(tree({ x: -40 + i * 6.5 + rnd() * 3, z: 50 + rnd() * 12, h: 8 + rnd() * 4, r: 2.6 + rnd(), seed: 50 + i, color: rnd() > 0.5 ? '#3f6b2a' : '#55803a' }))
  for (let i = 0; i < 16; i++) groups.push(pine({ x: -48 - rnd() * 25, z: -10 - rnd() * 30 + i, h: 10 + rnd() * 6, seed: 70 + i }))
  const lawn = grass()
  const planes = [{ plane: true, y: 0, mat: (h, m, sc) => (onPath(h.x, h.z) ? path : h.z < 1 || h.x < -33 || h.x > 33 || h.z > 43 ? lawn : pitch)(h, m, sc) }]
  return { groups, planes }
}

export function viewpoint() {
  const rim = (x, z) => 17 + 2 * fbm2(Math.atan2(x, z + 12) * 2, 1.7, 3)
  const edge = (x) => -12 + Math.sqrt(Math.max(0, 19 * 19 - x * x))
  const top = rock('#6e6a64', '#5e6a3a'), heather = grass('#4a5a30', '#6e5a40')
  const plateau = (h, m, sc) => (fbm2(h.x * 0.35, h.z * 0.35, 4) > 0.02 ? top : heather)(h, m, sc)
  const sea = water({ hex: '#2c4a5a', scale: 0.05, chop: 0.06 })
  const city = cityFromAbove({ shoreZ: 1400, waterMat: sea, forestZ: 120 })
  const stone = rock('#5f5b56', '#5a6a3a')
  const rnd = prng(5)
  const groups = [bench({ x: 1.8, z: 3, rot: Math.PI }), cairn({ x: -3.2, z: 4.2, stone })]
  const boulders = []
  for (let i = 0; i < 12; i++) {
    const x = -17 + i * 3 + rnd() * 2, z = edge(x) - rnd() * 2, r = 0.6 + rnd() * 1.3
    if (Math.abs(x) < 3) continue
    boulders.push(ellipsoid({ cx: x, cy: -r * 0.3, cz: z, rx: r * 1.3, ry: r, rz: r, mat: stone }))
  }
  groups.push(group(boulders))
  for (let i = 0; i < 22; i++) {
    const a = Math.PI * (0.7 + rnd() * 0.6), d = 13 + rnd() * 10
    groups.push(pine({ x: Math.sin(a) * d, z: Math.cos(a) * d - 12, h: 7 + rnd() * 7, seed: 90 + i }))
  }
  const planes = [
    { plane: true, y: 0, clip: (x, z) => Math.hypot(x, z + 12) < rim(x, z), mat: plateau },
    { plane: true, y: -140, mat: city },
  ]
  return { groups, planes, fog: 0.00035, exposure: 0.85 }
}

export function backyard() {
  const lawn = grass('#55773c', '#81875a'), paving = slabs('#a8a398', 0.4)
  const planes = [{ plane: true, y: 0, mat: (h, m, sc) => (Math.abs(h.x - 2 + h.z * 0.1) < 1 || h.z > 14.5 ? paving : lawn)(h, m, sc) }]
  const groups = [
    party({ x: 0, z: 4 }), playground({ x: -9, z: 7 }),
    apartmentBlock({ cx: 0, cz: 22, w: 46, d: 12, floors: 4, wall: plaster('#d8b478'), door: { u: 25, color: '#6b4a2f' }, seed: 17 }),
    apartmentBlock({ cx: -22, cz: 0, w: 30, d: 12, rot: -Math.PI / 2, floors: 4, wall: brick('#8b4a36'), seed: 18 }),
    apartmentBlock({ cx: 23, cz: -2, w: 26, d: 12, rot: Math.PI / 2, floors: 4, wall: plaster('#a9b7bd'), seed: 19 }),
    apartmentBlock({ cx: 0, cz: -24, w: 46, d: 12, rot: Math.PI, floors: 4, wall: plaster('#e3ddd0'), seed: 20 }),
    tree({ x: 8, z: 9, h: 9, r: 2.6, seed: 61, birch: true, color: '#6d9a38' }), tree({ x: -6, z: -6, h: 8.5, r: 2.5, seed: 63, birch: true, color: '#6d9a38' }),
    tree({ x: 10, z: -9, h: 9, r: 3.2, seed: 65 }),
    bench({ x: 7, z: 1, rot: -Math.PI / 2 }), lampPost({ x: 3.5, z: 12, h: 3.5 }),
  ]
  return { groups, planes }
}

export const anchors = {
  'football-pitch': { bird: look(12, 6.3, -8), viewpoint: look(-42, 1.2, -21), frontDoor: look(9, 2, -36), backyard: look(-12, 2, -36), goal: look(28, 1, 21) },
  viewpoint: { cairn: look(-3.2, 1.2, 4.2), town: look(0, -140, 500), pitchPath: look(0, 0.5, -12) },
  backyard: { cake: look(0, 0.9, 4), balloons: look(-0.5, 1.9, 3.9), door: look(2.8, 1.2, 16) },
}
