// Tree crowns as volumes: an ellipsoid marched through in steps, solid where 3-D noise is dense enough,
// so the silhouette is ragged and light comes through the gaps.
import { fbm3 } from './noise.mjs'
import { ellipsoid } from './shapes.mjs'

const INF = Infinity

/** A leafy crown: an ellipsoid volume marched through, dense where 3-D noise says so. */
export function foliage({ cx, cy, cz, rx, ry = rx, rz = rx, mat, density = 0.1, scale = 1.6, seed = 0 }) {
  const shell = ellipsoid({ cx, cy, cz, rx, ry, rz })
  const inside = (x, y, z) => {
    const ex = (x - cx) / rx, ey = (y - cy) / ry, ez = (z - cz) / rz
    const rr = ex * ex + ey * ey + ez * ez
    return fbm3(x * scale + seed, y * scale, z * scale - seed, 3) + density - rr * 0.45
  }
  return {
    bbox: shell.bbox, mat, shadow: true,
    hit(ox, oy, oz, dx, dy, dz, tmax) {
      const px = (ox - cx) / rx, py = (oy - cy) / ry, pz = (oz - cz) / rz
      const qx = dx / rx, qy = dy / ry, qz = dz / rz
      const a = qx * qx + qy * qy + qz * qz, b = px * qx + py * qy + pz * qz
      const c = px * px + py * py + pz * pz - 1
      const disc = b * b - a * c
      if (disc < 0) return INF
      const sq = Math.sqrt(disc)
      const t0 = Math.max(1e-3, (-b - sq) / a), t1 = Math.min(tmax, (-b + sq) / a)
      if (t1 <= t0) return INF
      const step = Math.max(0.12, Math.min(rx, ry) / 7)
      for (let t = t0 + step * 0.3; t < t1; t += step) {
        if (inside(ox + dx * t, oy + dy * t, oz + dz * t) > 0) return t
      }
      return INF
    },
    detail(h) {
      shell.detail(h)
      const e = 0.25, f0 = inside(h.x, h.y, h.z)
      const gx = inside(h.x + e, h.y, h.z) - f0, gy = inside(h.x, h.y + e, h.z) - f0, gz = inside(h.x, h.y, h.z + e) - f0
      let nx = h.nx * 0.6 - gx * 2, ny = h.ny * 0.6 - gy * 2, nz = h.nz * 0.6 - gz * 2
      const l = Math.hypot(nx, ny, nz) || 1
      h.nx = nx / l; h.ny = ny / l; h.nz = nz / l
      h.depth = (Math.hypot((h.x - cx) / rx, (h.y - cy) / ry, (h.z - cz) / rz))
    },
  }
}
