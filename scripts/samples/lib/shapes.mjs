// Ray-intersectable primitives for the panorama ray caster. Every shape has `bbox` (world AABB),
// `hit(o, d, tmax)` → distance or Infinity, and `detail(h)` which fills the normal and the local
// surface coordinates (h.face, h.u = metres along the face to the right as seen from outside, h.v = height).
const INF = Infinity

/** Box standing on y0..y1, centre (cx, cz), size w (local x) × d (local z), turned `rot` radians about y. */
export function box({ cx, cz, y0, y1, w, d, rot = 0, mat, shadow = true }) {
  const c = Math.cos(rot), s = Math.sin(rot), hw = w / 2, hd = d / 2
  const ex = Math.abs(hw * c) + Math.abs(hd * s), ez = Math.abs(hw * s) + Math.abs(hd * c)
  let lastFace = 0
  return {
    bbox: [cx - ex, y0, cz - ez, cx + ex, y1, cz + ez], mat, shadow,
    hit(ox, oy, oz, dx, dy, dz, tmax) {
      const px = ox - cx, pz = oz - cz
      const lox = px * c - pz * s, loz = px * s + pz * c
      const ldx = dx * c - dz * s, ldz = dx * s + dz * c
      let tn = -INF, tf = tmax, face = 0
      // x slab
      if (ldx !== 0) {
        let a = (-hw - lox) / ldx, b = (hw - lox) / ldx, fa = 1
        if (a > b) { const t = a; a = b; b = t; fa = 0 }
        if (a > tn) { tn = a; face = fa }
        if (b < tf) tf = b
      } else if (lox < -hw || lox > hw) return INF
      if (dy !== 0) {
        let a = (y0 - oy) / dy, b = (y1 - oy) / dy, fa = 3
        if (a > b) { const t = a; a = b; b = t; fa = 2 }
        if (a > tn) { tn = a; face = fa }
        if (b < tf) tf = b
      } else if (oy < y0 || oy > y1) return INF
      if (ldz !== 0) {
        let a = (-hd - loz) / ldz, b = (hd - loz) / ldz, fa = 5
        if (a > b) { const t = a; a = b; b = t; fa = 4 }
        if (a > tn) { tn = a; face = fa }
        if (b < tf) tf = b
      } else if (loz < -hd || loz > hd) return INF
      if (tn > tf || tn < 1e-4) return INF
      lastFace = face
      return tn
    },
    detail(h) {
      const px = h.x - cx, pz = h.z - cz
      const lx = px * c - pz * s, lz = px * s + pz * c
      const f = lastFace
      let nx = 0, nz = 0
      h.face = f
      h.v = h.y - y0
      h.lx = lx
      h.lz = lz
      h.ny = f === 2 ? 1 : f === 3 ? -1 : 0
      if (f === 0) { nx = 1; h.u = lz + hd; h.fw = d }
      else if (f === 1) { nx = -1; h.u = hd - lz; h.fw = d }
      else if (f === 4) { nz = 1; h.u = hw - lx; h.fw = w }
      else if (f === 5) { nz = -1; h.u = lx + hw; h.fw = w }
      else { h.u = lx + hw; h.fw = w }
      // local → world normal
      h.nx = nx * c + nz * s
      h.nz = -nx * s + nz * c
    },
  }
}

/** Vertical cylinder (or cone frustum when r1 differs from r0). */
export function cylinder({ cx, cz, r, r1 = r, y0, y1, mat, shadow = true }) {
  const rm = Math.max(r, r1), k = (r1 - r) / (y1 - y0)
  let capHit = 0
  return {
    bbox: [cx - rm, y0, cz - rm, cx + rm, y1, cz + rm], mat, shadow,
    hit(ox, oy, oz, dx, dy, dz, tmax) {
      const px = ox - cx, pz = oz - cz
      // radius at height y: R(y) = r + k (y - y0); solve px² + pz² = R(y)²
      const ry = r + k * (oy - y0)
      const a = dx * dx + dz * dz - k * k * dy * dy
      const b = 2 * (px * dx + pz * dz - ry * k * dy)
      const cc = px * px + pz * pz - ry * ry
      let best = INF
      if (Math.abs(a) > 1e-12) {
        const disc = b * b - 4 * a * cc
        if (disc >= 0) {
          const sq = Math.sqrt(disc)
          for (const t of [(-b - sq) / (2 * a), (-b + sq) / (2 * a)]) {
            if (t > 1e-4 && t < best) {
              const y = oy + dy * t
              if (y >= y0 && y <= y1 && r + k * (y - y0) >= 0) best = t
            }
          }
        }
      }
      capHit = 0
      if (dy !== 0) {
        for (const [yc, rc, id] of [[y1, r1, 1], [y0, r, 2]]) {
          const t = (yc - oy) / dy
          if (t > 1e-4 && t < best) {
            const x = px + dx * t, z = pz + dz * t
            if (x * x + z * z <= rc * rc) { best = t; capHit = id }
          }
        }
      }
      return best < tmax ? best : INF
    },
    detail(h) {
      const px = h.x - cx, pz = h.z - cz
      h.v = h.y - y0
      if (capHit) {
        h.nx = 0; h.nz = 0; h.ny = capHit === 1 ? 1 : -1; h.face = 2; h.u = px
        return
      }
      const len = Math.hypot(px, pz) || 1
      const ny = -k
      const n = Math.hypot(1, ny)
      h.nx = px / len / n; h.nz = pz / len / n; h.ny = ny / n
      h.face = 0
      h.u = Math.atan2(px, pz) * (r + k * h.v)
    },
  }
}

/** Ellipsoid (sphere when rx = ry = rz). */
export function ellipsoid({ cx, cy, cz, rx, ry = rx, rz = rx, mat, shadow = true }) {
  return {
    bbox: [cx - rx, cy - ry, cz - rz, cx + rx, cy + ry, cz + rz], mat, shadow,
    hit(ox, oy, oz, dx, dy, dz, tmax) {
      const px = (ox - cx) / rx, py = (oy - cy) / ry, pz = (oz - cz) / rz
      const qx = dx / rx, qy = dy / ry, qz = dz / rz
      const a = qx * qx + qy * qy + qz * qz, b = px * qx + py * qy + pz * qz
      const c = px * px + py * py + pz * pz - 1
      const disc = b * b - a * c
      if (disc < 0) return INF
      const sq = Math.sqrt(disc)
      let t = (-b - sq) / a
      if (t < 1e-4) t = (-b + sq) / a
      return t > 1e-4 && t < tmax ? t : INF
    },
    detail(h) {
      let nx = (h.x - cx) / (rx * rx), ny = (h.y - cy) / (ry * ry), nz = (h.z - cz) / (rz * rz)
      const l = Math.hypot(nx, ny, nz) || 1
      h.nx = nx / l; h.ny = ny / l; h.nz = nz / l
      h.face = 0; h.u = Math.atan2(h.x - cx, h.z - cz) * rx; h.v = h.y - (cy - ry)
    },
  }
}

/** Convex solid bounded by planes [nx, ny, nz, dist] (inside where n·p ≤ dist); `bbox` must be given. */
export function convex({ planes, bbox, mat, shadow = true }) {
  let lastFace = 0
  const norm = planes.map(([x, y, z, dd]) => {
    const l = Math.hypot(x, y, z)
    return [x / l, y / l, z / l, dd / l]
  })
  return {
    bbox, mat, shadow,
    hit(ox, oy, oz, dx, dy, dz, tmax) {
      let tn = -INF, tf = tmax, face = 0
      for (let i = 0; i < norm.length; i++) {
        const p = norm[i]
        const dn = p[0] * dx + p[1] * dy + p[2] * dz
        const dist = p[3] - (p[0] * ox + p[1] * oy + p[2] * oz)
        if (dn === 0) { if (dist < 0) return INF; continue }
        const t = dist / dn
        if (dn < 0) { if (t > tn) { tn = t; face = i } } else if (t < tf) tf = t
        if (tn > tf) return INF
      }
      if (tn < 1e-4) return INF
      lastFace = face
      return tn
    },
    detail(h) {
      const p = norm[lastFace]
      h.nx = p[0]; h.ny = p[1]; h.nz = p[2]; h.face = lastFace
      h.u = h.z * p[0] - h.x * p[2]; h.v = h.y
    },
  }
}

/** Gathers shapes under one bounding box so most rays skip them with a single slab test. */
export function group(items, extra = {}) {
  const bb = [INF, INF, INF, -INF, -INF, -INF]
  for (const it of items) for (let i = 0; i < 3; i++) {
    bb[i] = Math.min(bb[i], it.bbox[i])
    bb[i + 3] = Math.max(bb[i + 3], it.bbox[i + 3])
  }
  return { bbox: bb, items, ...extra }
}
