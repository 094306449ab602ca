// Deterministic noise for the procedural panoramas: a seeded PRNG, Perlin gradient noise in 2-D and 3-D,
// and fractal sums whose octaves stop at the pixel footprint (so far-away texture fades instead of aliasing).

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const perm = new Uint8Array(512)
{
  const rnd = prng(20240607)
  const p = Array.from({ length: 256 }, (_, i) => i)
  for (let i = 255; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[p[i], p[j]] = [p[j], p[i]]
  }
  for (let i = 0; i < 512; i++) perm[i] = p[i & 255]
}

/** Integer hash of a lattice cell → [0, 1). */
export function hash2(ix, iy) {
  return perm[(perm[ix & 255] + iy) & 255] / 256
}
export function hash3(ix, iy, iz) {
  return perm[(perm[(perm[ix & 255] + iy) & 255] + iz) & 255] / 256
}

const fade = (t) => t * t * t * (t * (t * 6 - 15) + 10)
const lerp = (a, b, t) => a + (b - a) * t

function grad2(h, x, y) {
  switch (h & 7) {
    case 0: return x + y
    case 1: return -x + y
    case 2: return x - y
    case 3: return -x - y
    case 4: return x
    case 5: return -x
    case 6: return y
    default: return -y
  }
}

/** 2-D Perlin noise, roughly in [-1, 1]. */
export function noise2(x, y) {
  const fx = Math.floor(x), fy = Math.floor(y)
  const X = fx & 255, Y = fy & 255
  x -= fx
  y -= fy
  const u = fade(x), v = fade(y)
  const a = perm[X] + Y, b = perm[X + 1] + Y
  return lerp(
    lerp(grad2(perm[a], x, y), grad2(perm[b], x - 1, y), u),
    lerp(grad2(perm[a + 1], x, y - 1), grad2(perm[b + 1], x - 1, y - 1), u),
    v,
  ) * 0.7
}

function grad3(h, x, y, z) {
  const hh = h & 15
  const u = hh < 8 ? x : y
  const v = hh < 4 ? y : hh === 12 || hh === 14 ? x : z
  return ((hh & 1) === 0 ? u : -u) + ((hh & 2) === 0 ? v : -v)
}

/** 3-D Perlin noise, roughly in [-1, 1]. */
export function noise3(x, y, z) {
  const fx = Math.floor(x), fy = Math.floor(y), fz = Math.floor(z)
  const X = fx & 255, Y = fy & 255, Z = fz & 255
  x -= fx
  y -= fy
  z -= fz
  const u = fade(x), v = fade(y), w = fade(z)
  const A = perm[X] + Y, AA = perm[A] + Z, AB = perm[A + 1] + Z
  const B = perm[X + 1] + Y, BA = perm[B] + Z, BB = perm[B + 1] + Z
  return lerp(
    lerp(lerp(grad3(perm[AA], x, y, z), grad3(perm[BA], x - 1, y, z), u),
      lerp(grad3(perm[AB], x, y - 1, z), grad3(perm[BB], x - 1, y - 1, z), u), v),
    lerp(lerp(grad3(perm[AA + 1], x, y, z - 1), grad3(perm[BA + 1], x - 1, y, z - 1), u),
      lerp(grad3(perm[AB + 1], x, y - 1, z - 1), grad3(perm[BB + 1], x - 1, y - 1, z - 1), u), v),
    w,
  )
}

/**
 * Fractal Brownian motion. `fp` is the footprint of one pixel in the same units as x, y:
 * octaves finer than about two pixels are dropped (the last one fades), which keeps textures calm.
 */
export function fbm2(x, y, octaves = 5, fp = 0) {
  let sum = 0, amp = 0.5, freq = 1, norm = 0
  for (let i = 0; i < octaves; i++) {
    const k = fp > 0 ? Math.min(1, Math.max(0, 2 - freq * fp * 4)) : 1
    if (k <= 0) break
    sum += amp * k * noise2(x * freq + i * 17.3, y * freq - i * 9.1)
    norm += amp
    amp *= 0.5
    freq *= 2
  }
  return norm > 0 ? sum / norm : 0
}

export function fbm3(x, y, z, octaves = 4, fp = 0) {
  let sum = 0, amp = 0.5, freq = 1, norm = 0
  for (let i = 0; i < octaves; i++) {
    const k = fp > 0 ? Math.min(1, Math.max(0, 2 - freq * fp * 4)) : 1
    if (k <= 0) break
    sum += amp * k * noise3(x * freq + i * 5.7, y * freq, z * freq - i * 3.3)
    norm += amp
    amp *= 0.5
    freq *= 2
  }
  return norm > 0 ? sum / norm : 0
}

export const clamp01 = (x) => (x < 0 ? 0 : x > 1 ? 1 : x)
export const smoothstep = (a, b, x) => {
  const t = clamp01((x - a) / (b - a))
  return t * t * (3 - 2 * t)
}
export { lerp }
