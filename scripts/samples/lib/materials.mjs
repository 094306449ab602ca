// Surface materials: functions (h, m) that set the linear albedo (m.r, m.g, m.b) and optional
// reflection, transmission, specular and emission for a hit h (position, normal, face, u, v, footprint fp).
import { fbm2, fbm3, hash2, noise2, noise3, smoothstep, clamp01 } from './noise.mjs'
import { lin } from './sky.mjs'

export const set = (m, c, k = 1) => { m.r = c[0] * k; m.g = c[1] * k; m.b = c[2] * k }
const mixc = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]

/** Plain colour with a little large-scale variation (dirt, weathering). */
export function solid(hex, { vary = 0.12, spec = 0, shine = 30, scale = 0.6 } = {}) {
  const c = lin(hex)
  return (h, m) => {
    const n = vary ? fbm3(h.x * scale, h.y * scale, h.z * scale, 3, h.fp * scale) : 0
    set(m, c, 1 + n * vary * 2)
    m.spec = spec; m.shine = shine
  }
}

export function emissive(hex, k) {
  const c = lin(hex)
  return (h, m) => { set(m, c, 0.2); m.er = c[0] * k; m.eg = c[1] * k; m.eb = c[2] * k }
}

export function glass(hex = '#8fa9b8', { refl = 0.12, trans = 0 } = {}) {
  const c = lin(hex)
  return (h, m) => { set(m, c); m.refl = refl; m.trans = trans; m.spec = 1.5; m.shine = 200 }
}

/** Rendered plaster/paint wall with stains that run down from the top. */
export function plaster(hex, vary = 0.1) {
  const c = lin(hex)
  return (h, m) => {
    const n = fbm2(h.u * 0.5 + h.face * 13, h.v * 0.15, 4, h.fp * 0.5) + 0.3 * fbm2(h.u * 4, h.v * 4, 3, h.fp * 4)
    set(m, c, 1 + n * vary * 2)
  }
}

export function brick(hex, mortarHex = '#b9b2a6') {
  const c = lin(hex), mo = lin(mortarHex)
  return (h, m) => {
    const bw = 0.25, bh = 0.075, row = Math.floor(h.v / bh)
    const u = h.u + (row & 1) * bw * 0.5, col = Math.floor(u / bw)
    const fu = u / bw - col, fv = h.v / bh - row
    const lineW = clamp01(h.fp * 8)
    const mortar = Math.max(smoothstep(0.9, 0.97, fu) , smoothstep(0.82, 0.92, fv)) * (1 - lineW) + lineW * 0.25
    const tint = 0.8 + 0.4 * hash2(col, row) + 0.15 * fbm2(h.u * 0.4, h.v * 0.4, 3)
    const b = [c[0] * tint, c[1] * tint, c[2] * tint]
    set(m, mixc(b, mo, mortar))
  }
}

/** Vertical board cladding (painted wood, as on Norwegian houses and boathouses). */
export function boards(hex, { width = 0.18, vary = 0.12 } = {}) {
  const c = lin(hex)
  return (h, m) => {
    if (h.face === 2 || h.face === 3) { set(m, c, 0.7); return }
    const k = h.u / width, i = Math.floor(k), f = k - i
    const gap = h.fp * 6 < 1 ? smoothstep(0.9, 0.98, f) * (1 - h.fp * 6) : 0
    const grain = fbm2(h.u * 3, h.v * 0.4 + i * 5, 4, h.fp * 3)
    set(m, c, (1 + (hash2(i, 3) - 0.5) * vary + grain * vary) * (1 - gap * 0.6))
  }
}

export function metal(hex, spec = 0.6) {
  const c = lin(hex)
  return (h, m) => { set(m, c, 1 + 0.1 * noise2(h.v * 3, h.u * 3)); m.spec = spec; m.shine = 60; m.refl = spec * 0.1 }
}

/** Asphalt with speckle, patches and wet-dark cracks; `marks(x, z)` returns 0..1 paint coverage. */
export function asphalt({ hex = '#4a4a4c', marks = null, paint = '#e9e6dc' } = {}) {
  const c = lin(hex), p = lin(paint)
  return (h, m) => {
    const big = fbm2(h.x * 0.15, h.z * 0.15, 3, h.fp * 0.15)
    const fine = fbm2(h.x * 6, h.z * 6, 3, h.fp * 6)
    let col = [c[0] * (1 + big * 0.35 + fine * 0.25), c[1] * (1 + big * 0.35 + fine * 0.25), c[2] * (1 + big * 0.3 + fine * 0.25)]
    if (marks) {
      const k = marks(h.x, h.z) * (0.75 + 0.25 * fbm2(h.x * 3, h.z * 3, 2))
      if (k > 0) col = mixc(col, p, k)
    }
    set(m, col)
    m.spec = 0.04; m.shine = 8
  }
}

/** Concrete paving slabs of size s (grey Oslo pavement). */
export function slabs(hex = '#9c9a94', s = 0.6, vary = 0.1) {
  const c = lin(hex)
  return (h, m) => {
    const i = Math.floor(h.x / s), j = Math.floor(h.z / s)
    const fx = h.x / s - i, fz = h.z / s - j
    const w = clamp01(h.fp / s * 4)
    const joint = Math.max(1 - smoothstep(0, 0.04, Math.min(fx, 1 - fx)), 1 - smoothstep(0, 0.04, Math.min(fz, 1 - fz))) * (1 - w)
    const tone = 1 + (hash2(i, j) - 0.5) * vary * 2 + fbm2(h.x * 2, h.z * 2, 3, h.fp * 2) * 0.15
    set(m, c, tone * (1 - joint * 0.18) * (1 + 0.18 * fbm2(h.x * 0.12 + 40, h.z * 0.12, 3, h.fp * 0.12)))
  }
}

/** Lawn or moss: green with clover, dry patches and grain. */
export function grass(hex = '#587040', dry = '#8c8a5a') {
  const c = lin(hex), d = lin(dry)
  return (h, m) => {
    const n = fbm2(h.x * 0.3, h.z * 0.3, 4, h.fp * 0.3)
    const f = fbm2(h.x * 8, h.z * 8, 3, h.fp * 8)
    const col = mixc(c, d, clamp01(n * 1.2 + 0.25))
    set(m, col, 0.85 + f * 0.35)
  }
}

export function gravel(hex = '#8e8578') {
  const c = lin(hex)
  return (h, m) => {
    const f = fbm2(h.x * 9, h.z * 9, 3, h.fp * 9), n = fbm2(h.x * 0.5, h.z * 0.5, 3)
    set(m, c, 0.85 + f * 0.4 + n * 0.2)
  }
}

/** Lichen-grey granite with cracks and moss in the hollows. */
export function rock(hex = '#7b766f', moss = '#5c6b3a') {
  const c = lin(hex), mo = lin(moss)
  return (h, m) => {
    const n = fbm3(h.x * 0.6, h.y * 0.6, h.z * 0.6, 5, h.fp * 0.6)
    const lich = fbm3(h.x * 3 + 9, h.y * 3, h.z * 3, 3, h.fp * 3)
    let col = mixc(c, mo, smoothstep(0.05, 0.35, -n) * (h.ny > 0.3 ? 1 : 0.4))
    col = mixc(col, [0.2, 0.2, 0.18], smoothstep(0.25, 0.5, lich) * 0.5)
    set(m, col, 0.85 + n * 0.4)
    if (h.fp < 0.3) {
      const b = 0.35 * (1 - h.fp / 0.3), s = 1.3
      h.nx += b * noise3(h.x * s, h.y * s, h.z * s); h.ny += b * noise3(h.y * s + 7, h.z * s, h.x * s); h.nz += b * noise3(h.z * s - 3, h.x * s, h.y * s)
    }
  }
}

/** Leaves: colour varies by cluster, darker deep inside the crown. */
export function leaves(hex = '#3f6b2a', alt = '#6f8f2e') {
  const c = lin(hex), a = lin(alt)
  return (h, m) => {
    const n = noise2(h.x * 1.7 + h.z, h.y * 1.7)
    const col = mixc(c, a, clamp01(n * 0.8 + 0.4))
    set(m, col, 0.6 + 0.5 * clamp01(h.depth))
  }
}

/** Calm sea: wave normals from noise, dark body colour, mirror reflection with Fresnel. */
export function water({ hex = '#1d3a44', scale = 0.6, chop = 0.1, stretch = 3 } = {}) {
  const c = lin(hex)
  return (h, m) => {
    const e = 0.2, s = scale, fp = h.fp * s
    const n0 = fbm2(h.x * s, h.z * s * stretch, 5, fp)
    const nx = fbm2((h.x + e) * s, h.z * s * stretch, 5, fp) - n0
    const nz = fbm2(h.x * s, (h.z + e) * s * stretch, 5, fp) - n0
    const k = chop / e
    h.nx = -nx * k; h.nz = -nz * k; h.ny = 1
    set(m, c, 1 + n0 * 0.3)
    m.refl = 0.03; m.spec = 4; m.shine = 300
  }
}
