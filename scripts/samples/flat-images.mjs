// The two flat (non-panorama) pictures used on billboards, 800 × 600 JPEG:
//  - my-street/images/birthday-cake.jpg: a "photo" of the cake in the corner-shop window (ray cast, perspective)
//  - harbour-at-dawn/images/harbour-map.jpg: grandfather's hand-drawn map of the harbour (painted in 2-D)
import { join } from 'node:path'
import { makeTracer } from './lib/tracer.mjs'
import { box, cylinder, ellipsoid, group } from './lib/shapes.mjs'
import { solid, emissive, set } from './lib/materials.mjs'
import { lin } from './lib/sky.mjs'
import { toneMap, writeJpeg } from './lib/image-io.mjs'
import { fbm2, noise2, smoothstep, clamp01, prng } from './lib/noise.mjs'
import { textMask } from './lib/font.mjs'

const W = 800, H = 600

function cakeScene() {
  const sponge = solid('#6b3b22', { vary: 0.2, scale: 30 }), cream = solid('#f7efe2', { vary: 0.05, scale: 20 })
  const cakeMat = (h, m, sc) => (h.ny > 0.5 || (h.v > 0.05 && h.v < 0.065) || h.v > 0.115 ? cream : sponge)(h, m, sc)
  const items = [cylinder({ cx: 0, cz: 0, r: 0.13, y0: 0.8, y1: 0.93, mat: cakeMat }), cylinder({ cx: 0, cz: 0, r: 0.17, y0: 0.8, y1: 0.806, mat: solid('#e9e6e1', { vary: 0, spec: 1 }) })]
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2
    items.push(ellipsoid({ cx: Math.sin(a) * 0.1, cy: 0.94, cz: Math.cos(a) * 0.1, rx: 0.017, ry: 0.021, mat: solid('#c21f33', { vary: 0.1, spec: 1.5, shine: 60 }) }))
  }
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * Math.PI * 2 + 0.3, x = Math.sin(a) * 0.05, z = Math.cos(a) * 0.05
    items.push(cylinder({ cx: x, cz: z, r: 0.0045, y0: 0.93, y1: 0.985, mat: solid(['#3b7fd6', '#f2c12e', '#e86fb5', '#39a852', '#ffffff'][i], { vary: 0 }) }))
    items.push(ellipsoid({ cx: x, cy: 0.995, cz: z, rx: 0.005, ry: 0.011, mat: emissive('#ffc566', 30), shadow: false }))
  }
  const tag = (h, m) => { set(m, textMask('KR 149,-', h.u - 0.005, h.v, 0.1, 0.05) ? lin('#1c1c1c') : lin('#fbf7ea')) }
  items.push(box({ cx: 0.2, cz: -0.08, y0: 0.8, y1: 0.85, w: 0.11, d: 0.004, rot: 0.25, mat: tag }))
  const wood = (h, m) => { const g = fbm2(h.x * 4, h.z * 40, 4); set(m, lin('#a7784c'), 0.85 + g * 0.5); m.spec = 0.3; m.shine = 20 }
  const wall = (h, m) => { set(m, lin('#d9c2a0'), 0.8 + 0.3 * noise2(h.x * 2, h.y * 2)) }
  const shelf = (h, m) => { const k = Math.floor(h.x * 9) ; set(m, lin(['#b23a3a', '#e3c04d', '#3e6fa8', '#f0ebe0', '#4b8a4a'][((k % 5) + 5) % 5]), 0.6) }
  return {
    groups: [group(items), group([box({ cx: 0, cz: 1.4, y0: 0, y1: 3, w: 6, d: 0.1, mat: wall }), box({ cx: 0, cz: 1.3, y0: 1.0, y1: 1.3, w: 6, d: 0.1, mat: shelf })])],
    planes: [{ plane: true, y: 0.8, mat: wood }],
    sun: { dir: [-0.5, 0.6, -0.62], color: [2.4, 2.0, 1.5] }, ambient: [0.55, 0.5, 0.45], bounce: [0.2, 0.15, 0.1],
    sky: (dx, dy, dz, out) => { out.r = 0.9; out.g = 0.85; out.b = 0.8 }, haze: (dx, dz, out) => { out.r = out.g = out.b = 0.8 }, fog: 0, pixAngle: 0.0006,
  }
}

/** Perspective render with 3×3 supersampling and a soft background blur by depth (cheap "shallow focus"). */
export function renderCake() {
  const tracer = makeTracer(cakeScene())
  const eye = [0.05, 1.12, -0.78], target = [0.03, 0.88, 0.03], fov = 0.7
  let fx = target[0] - eye[0], fy = target[1] - eye[1], fz = target[2] - eye[2]
  const fl = Math.hypot(fx, fy, fz); fx /= fl; fy /= fl; fz /= fl
  const rx = fz, rz = -fx, rl = Math.hypot(rx, rz)
  const r = [rx / rl, 0, rz / rl], u = [fy * r[2] - fz * r[1], fz * r[0] - fx * r[2], fx * r[1] - fy * r[0]]
  const rgba = new Uint8Array(W * H * 4), col = { r: 0, g: 0, b: 0 }, k = Math.tan(fov / 2)
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    let R = 0, G = 0, B = 0
    for (let s = 0; s < 9; s++) {
      const sx = ((x + ((s % 3) + 0.5) / 3) / W * 2 - 1) * k, sy = (1 - (y + (Math.floor(s / 3) + 0.5) / 3) / H * 2) * k * (H / W)
      let dx = fx + r[0] * sx + u[0] * sy, dy = fy + r[1] * sx + u[1] * sy, dz = fz + r[2] * sx + u[2] * sy
      const l = Math.hypot(dx, dy, dz); dx /= l; dy /= l; dz /= l
      tracer.trace(eye[0], eye[1], eye[2], dx, dy, dz, 0, col)
      R += col.r; G += col.g; B += col.b
    }
    const i = (y * W + x) * 4, vig = 1 - 0.35 * Math.pow(Math.hypot(x / W - 0.5, y / H - 0.5) * 1.4, 2)
    rgba[i] = toneMap(R / 9 * vig, 1.0); rgba[i + 1] = toneMap(G / 9 * vig, 1.0); rgba[i + 2] = toneMap(B / 9 * vig, 1.0); rgba[i + 3] = 255
  }
  return rgba
}

/** Grandfather's map: watercolour sea and land on old paper, the quay, boathouses, breakwater and lighthouse. */
export function renderMap() {
  const rgba = new Uint8Array(W * H * 4), rnd = prng(12)
  const paper = [236, 224, 196], sea = [120, 165, 196], land = [168, 190, 128], ink = [60, 48, 36], red = [170, 48, 38]
  const houses = Array.from({ length: 6 }, (_, i) => [170 + i * 48 + rnd() * 8, 410 + rnd() * 12])
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const coast = 380 + 40 * Math.sin(x / 90) + 18 * fbm2(x / 60, 1.3, 4)
    const bw = Math.abs(x - 560 - (380 - y) * 0.25) < 9 && y < coast && y > 150
    let c = paper, wash = 0
    if (y > coast) { c = land; wash = 0.75 } else { c = sea; wash = 0.7 }
    if (bw) { c = [150, 140, 125]; wash = 0.85 }
    const blot = fbm2(x / 40, y / 40, 4) * 0.25
    let px = paper.map((p, i) => p + (c[i] - p) * clamp01(wash + blot))
    const edge = Math.abs(y - coast) < 1.6 || (bw && Math.abs(Math.abs(x - 560 - (380 - y) * 0.25) - 9) < 1.4)
    const waves = y < coast - 20 && !bw && Math.abs(Math.sin((x + Math.floor(y / 40) * 20) / 9) * 5 - (y % 40) + 20) < 1 && ((x + y * 3) % 140) < 30
    if (edge || waves) px = ink
    for (const [hx, hy] of houses) if (Math.abs(x - hx) < 12 && Math.abs(y - hy) < 9) px = Math.abs(x - hx) > 10 || Math.abs(y - hy) > 7 ? ink : red
    const lx = 560 + (380 - 140) * 0.25, ly = 140
    if (Math.abs(x - lx) < 7 && y > ly - 34 && y < ly) px = Math.floor((y - ly) / 8) % 2 ? red : [250, 248, 240]
    if (Math.hypot(x - lx, y - ly + 40) < 9) px = [255, 214, 90]
    const path = Math.abs(y - (coast - 8)) < 1.5 && x % 14 < 7 && x > 200 && x < 520
    if (path) px = red
    const label = (t, x0, y0, w, h) => textMask(t, x - x0, y0 + h - y, w, h)
    if (label('FYRET', 610, 100, 120, 30) || label('KAIA', 240, 450, 100, 28) || label('SJOBUENE', 150, 520, 200, 28) || label('N', 80, 60, 30, 34)) px = ink
    const compass = Math.abs(x - 95) < 1.5 && y > 100 && y < 170 || (Math.abs(y - 135) < 1.5 && Math.abs(x - 95) < 30)
    if (compass) px = ink
    const grain = 1 + 0.06 * noise2(x / 3, y / 3) - 0.15 * smoothstep(0.35, 0.75, Math.hypot(x / W - 0.5, y / H - 0.5))
    const i = (y * W + x) * 4
    rgba[i] = Math.min(255, px[0] * grain); rgba[i + 1] = Math.min(255, px[1] * grain); rgba[i + 2] = Math.min(255, px[2] * grain); rgba[i + 3] = 255
  }
  return rgba
}

export function writeFlatImages(root) {
  const out = []
  const put = (story, name, rgba) => {
    const path = join('images', `${name}.jpg`)
    const bytes = writeJpeg(join(root, story, path), rgba, W, H, 82)
    out.push({ story, path, widthPx: W, heightPx: H, bytes })
  }
  put('my-street', 'birthday-cake', renderCake())
  put('harbour-at-dawn', 'harbour-map', renderMap())
  return out
}
