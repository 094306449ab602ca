// Sky model: zenith→horizon gradient warmed towards the sun, sun disk and glow, noise clouds on a
// plane, and far silhouettes (mountain ridges, forest edges, city skylines) painted over the horizon.
import { fbm2, noise2, hash2, smoothstep, clamp01 } from './noise.mjs'
import { dirOf } from './tracer.mjs'

const DEG = 180 / Math.PI

/** sRGB hex → linear [r, g, b], optionally scaled. */
export function lin(hex, k = 1) {
  const n = parseInt(hex.replace('#', ''), 16)
  const f = (c) => Math.pow(c / 255, 2.2) * k
  return [f((n >> 16) & 255), f((n >> 8) & 255), f(n & 255)]
}

const mix3 = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]

/** Ridge line seamless around the circle: pitch (degrees) of the top of a range at a yaw (degrees). */
export function ridge({ seed = 0, base = 2, amp = 4, freq = 2, sharp = 1 }) {
  return (yaw) => {
    const a = yaw / DEG
    let n = fbm2(Math.cos(a) * freq + seed, Math.sin(a) * freq - seed, 5)
    n = sharp > 1 ? 1 - Math.pow(1 - Math.abs(n), sharp) : n * 0.5 + 0.5
    return base + amp * n
  }
}

/**
 * opts: { sunYaw, sunElev, zenith, horizon, sunward, ground, sunColor, glow, cloud: { cover, lit, shade, height, scale },
 *         layers: [{ top(yaw) → pitch, from?, to? (yaw range), color(yaw, pitch, out) }] (far first) }
 */
export function makeSky(opts) {
  const sun = dirOf(opts.sunYaw, opts.sunElev)
  const cloud = opts.cloud ?? null
  const layers = opts.layers ?? []
  const cosDisk = Math.cos(0.9 / DEG)
  const sunYawR = opts.sunYaw / DEG
  const pixAngle = () => opts.pixAngle ?? 0.0015

  function horizonAt(dx, dz) {
    const c = Math.cos(Math.atan2(dx, dz) - sunYawR) * 0.5 + 0.5
    return mix3(opts.horizon, opts.sunward ?? opts.horizon, Math.pow(c, 3))
  }

  function haze(dx, dz, out) {
    const c = horizonAt(dx, dz)
    out.r = c[0]; out.g = c[1]; out.b = c[2]
  }

  function sky(dx, dy, dz, out) {
    const pitch = Math.asin(Math.max(-1, Math.min(1, dy))) * DEG
    const yaw = Math.atan2(dx, dz) * DEG
    for (let i = layers.length - 1; i >= 0; i--) {
      const L = layers[i]
      if (L.from !== undefined && !inRange(yaw, L.from, L.to)) continue
      if (pitch < L.top(yaw) && pitch > (L.bottom ?? -90)) { L.color(yaw, pitch, out); return }
    }
    const hz = horizonAt(dx, dz)
    if (dy < 0) {
      const g = opts.ground ?? mix3(hz, [0.02, 0.02, 0.02], 0.5)
      const k = smoothstep(0, 0.3, -dy)
      out.r = hz[0] + (g[0] - hz[0]) * k; out.g = hz[1] + (g[1] - hz[1]) * k; out.b = hz[2] + (g[2] - hz[2]) * k
      return
    }
    const t = Math.pow(clamp01(dy), 0.55)
    let r = hz[0] + (opts.zenith[0] - hz[0]) * t
    let g = hz[1] + (opts.zenith[1] - hz[1]) * t
    let b = hz[2] + (opts.zenith[2] - hz[2]) * t
    const cs = dx * sun[0] + dy * sun[1] + dz * sun[2]
    const gl = opts.glow ?? [1, 0.7, 0.4]
    if (cs > 0) {
      const k = Math.pow(cs, 6) * 0.35 + Math.pow(cs, 60) * 0.8 + Math.pow(cs, 900) * 3
      r += gl[0] * k; g += gl[1] * k; b += gl[2] * k
    }
    if (cs > cosDisk) { const s = opts.sunColor ?? [30, 26, 20]; r = s[0]; g = s[1]; b = s[2] }
    if (cloud && dy > 0.005) {
      const H = cloud.height ?? 1, sc = cloud.scale ?? 0.8
      const u = (dx / dy) * H * sc, v = (dz / dy) * H * sc
      const fp = (pixAngle() * H * sc) / (dy * dy)
      const n = fbm2(u + 3.1, v - 7.7, 6, fp) * 0.5 + 0.5
      const cov = cloud.cover ?? 0.5
      let dens = smoothstep(1 - cov, 1 - cov + 0.25, n)
      dens *= smoothstep(0.0, 0.12, dy) * (cloud.opacity ?? 0.95)
      if (dens > 0) {
        const lit = clamp01(0.5 + 0.5 * cs + (n - 0.6) * 0.8)
        const cc = mix3(cloud.shade, cloud.lit, lit)
        const edge = Math.pow(cs > 0 ? cs : 0, 12) * (1 - dens) * 3
        r += (cc[0] + gl[0] * edge - r) * dens
        g += (cc[1] + gl[1] * edge - g) * dens
        b += (cc[2] + gl[2] * edge - b) * dens
      }
    }
    out.r = r; out.g = g; out.b = b
  }

  return { sky, haze, sun, horizonAt }
}

function inRange(yaw, from, to) {
  const span = (((to - from) % 360) + 360) % 360
  const off = (((yaw - from) % 360) + 360) % 360
  return off <= span
}

/** A hazy mountain/ridge colour: darker at the top, fading to the horizon haze at its foot, with streaks of rock and snow. */
export function mountainColor({ near, far, snow = null, snowLine = 99, sky }) {
  return (yaw, pitch, out) => {
    const hz = sky.horizonAt(Math.sin(yaw / DEG), Math.cos(yaw / DEG))
    const n = fbm2(yaw * 0.35, pitch * 1.8, 5)
    let c = mix3(far, near, clamp01(0.55 + pitch * 0.06 + n * 0.5))
    if (snow && pitch > snowLine + n * 3) c = mix3(c, snow, 0.8)
    const k = smoothstep(-1, 3, pitch) * 0.45 + 0.5
    out.r = hz[0] + (c[0] - hz[0]) * k; out.g = hz[1] + (c[1] - hz[1]) * k; out.b = hz[2] + (c[2] - hz[2]) * k
  }
}

/** A far city skyline: top pitch and colour functions with a few lit windows. */
export function skyline({ seed = 1, base = 0.5, amp = 3, width = 2.2, color, lit }) {
  const top = (yaw) => {
    const i = Math.floor((yaw + 180) / width)
    const hgt = hash2(i + seed * 31, seed)
    return base + amp * hgt * hgt + (hash2(i, 7 + seed) > 0.85 ? amp * 0.8 : 0)
  }
  const colorFn = (yaw, pitch, out) => {
    const i = Math.floor((yaw + 180) / width)
    const shade = 0.75 + 0.5 * hash2(i, seed + 3)
    let r = color[0] * shade, g = color[1] * shade, b = color[2] * shade
    const wx = Math.floor(yaw * 9), wy = Math.floor(pitch * 7)
    if (lit && hash2(wx + 300, wy + seed) > 0.93 && noise2(wx, wy) > -0.2) { r = lit[0]; g = lit[1]; b = lit[2] }
    out.r = r; out.g = g; out.b = b
  }
  return { top, color: colorFn }
}
