// The per-pixel ray caster: nearest hit over grouped shapes and horizontal planes, sun light with hard
// shadows, sky ambient with a cheap contact occlusion, mirror/Fresnel reflection (water, glass),
// see-through glass, emission, and distance haze. Colours are linear RGB; tone mapping happens in render.

const INF = Infinity

/**
 * scene: { groups, planes, sky(dx, dy, dz, out), haze(dx, dz, out), sun: { dir: [x, y, z], color: [r, g, b] },
 *          ambient: [r, g, b], bounce: [r, g, b], fog: density per metre, pixAngle }
 */
export function makeTracer(scene) {
  const groups = scene.groups
  const planes = scene.planes ?? []
  const [sx, sy, sz] = scene.sun.dir
  const [scr, scg, scb] = scene.sun.color
  const [ar, ag, ab] = scene.ambient
  const [br, bg, bb] = scene.bounce ?? [0.05, 0.05, 0.05]
  const fog = scene.fog ?? 0.002
  const h = { x: 0, y: 0, z: 0, nx: 0, ny: 0, nz: 0, u: 0, v: 0, face: 0, fw: 0, t: 0, fp: 0, depth: 0, lx: 0, lz: 0 }
  const m = { r: 0, g: 0, b: 0, refl: 0, trans: 0, spec: 0, shine: 40, er: 0, eg: 0, eb: 0, ao: 1 }
  const tmp = { r: 0, g: 0, b: 0 }
  let hitT = INF

  function nearest(ox, oy, oz, dx, dy, dz, tmax, shadowRay) {
    let best = tmax, obj = null
    const ix = 1 / dx, iy = 1 / dy, iz = 1 / dz
    for (let g = 0; g < groups.length; g++) {
      const gr = groups[g], bx = gr.bbox
      let t0 = (bx[0] - ox) * ix, t1 = (bx[3] - ox) * ix
      let tn = t0 < t1 ? t0 : t1, tf = t0 < t1 ? t1 : t0
      t0 = (bx[1] - oy) * iy; t1 = (bx[4] - oy) * iy
      tn = Math.max(tn, Math.min(t0, t1)); tf = Math.min(tf, Math.max(t0, t1))
      t0 = (bx[2] - oz) * iz; t1 = (bx[5] - oz) * iz
      tn = Math.max(tn, Math.min(t0, t1)); tf = Math.min(tf, Math.max(t0, t1))
      if (tn > tf || tf < 0 || tn > best) continue
      const items = gr.items
      for (let i = 0; i < items.length; i++) {
        const it = items[i]
        if (shadowRay && !it.shadow) continue
        const t = it.hit(ox, oy, oz, dx, dy, dz, best)
        if (t < best) { best = t; obj = it; if (shadowRay) return obj }
      }
    }
    if (!shadowRay && dy !== 0) {
      for (let i = 0; i < planes.length; i++) {
        const p = planes[i]
        const t = (p.y - oy) / dy
        if (t > 1e-4 && t < best && (!p.clip || p.clip(ox + dx * t, oz + dz * t))) { best = t; obj = p }
      }
    }
    hitT = best
    return obj
  }

  /** Contact occlusion on the ground from groups that carry an `ao` footprint [x0, z0, x1, z1]. */
  function groundAo(x, z) {
    let k = 1
    for (let g = 0; g < groups.length; g++) {
      const a = groups[g].ao
      if (!a) continue
      const ddx = Math.max(a[0] - x, 0, x - a[2]), ddz = Math.max(a[1] - z, 0, z - a[3])
      const d = Math.sqrt(ddx * ddx + ddz * ddz)
      k *= 1 - (groups[g].aoK ?? 0.45) * Math.exp(-d * (groups[g].aoS ?? 2.5))
    }
    return k
  }

  function trace(ox, oy, oz, dx, dy, dz, depth, out) {
    const obj = nearest(ox, oy, oz, dx, dy, dz, INF, false)
    if (!obj) { scene.sky(dx, dy, dz, out); return }
    const t = hitT
    h.x = ox + dx * t; h.y = oy + dy * t; h.z = oz + dz * t; h.t = t
    h.depth = 0
    if (obj.plane) { h.nx = 0; h.ny = 1; h.nz = 0; h.u = h.x; h.v = h.z; h.face = 2 } else obj.detail(h)
    let cosi = dx * h.nx + dy * h.ny + dz * h.nz
    if (cosi > 0) { h.nx = -h.nx; h.ny = -h.ny; h.nz = -h.nz; cosi = -cosi }
    h.fp = Math.min(t * scene.pixAngle * (depth ? 2 : 1) / Math.max(0.05, -cosi), 20)
    m.r = m.g = m.b = 0.5; m.refl = 0; m.trans = 0; m.spec = 0; m.shine = 40; m.er = m.eg = m.eb = 0; m.ao = 1
    obj.mat(h, m, scene)
    const px = h.x, py = h.y, pz = h.z
    let nx = h.nx, ny = h.ny, nz = h.nz
    const nl = Math.hypot(nx, ny, nz) || 1
    nx /= nl; ny /= nl; nz /= nl
    cosi = Math.min(-0.01, dx * nx + dy * ny + dz * nz)
    const albR = m.r, albG = m.g, albB = m.b, refl = m.refl, trans = m.trans, spec = m.spec, shine = m.shine
    const er = m.er, eg = m.eg, eb = m.eb
    let ao = m.ao
    if (ny > 0.7 && py < 0.4) ao *= groundAo(px, pz)
    // sun
    let ndl = nx * sx + ny * sy + nz * sz
    let sun = 0
    if (ndl > 0 && albR + albG + albB > 0.001) {
      const e = 0.02
      sun = nearest(px + nx * e, py + ny * e, pz + nz * e, sx, sy, sz, 2000, true) ? 0 : ndl
    }
    const sky = ao * (0.55 + 0.45 * ny), bounce = ao * (0.5 - 0.5 * ny)
    let r = albR * (scr * sun + ar * sky + br * bounce) + er
    let g = albG * (scg * sun + ag * sky + bg * bounce) + eg
    let b = albB * (scb * sun + ab * sky + bb * bounce) + eb
    // reflection (mirror with Schlick Fresnel) and sun glint
    const rdx = dx - 2 * cosi * nx, rdz = dz - 2 * cosi * nz
    let rdy = dy - 2 * cosi * ny
    if (obj.plane && rdy < 0.002) rdy = 0.002
    if (spec > 0 && sun > 0) {
      const rs = Math.max(0, rdx * sx + rdy * sy + rdz * sz)
      const s = spec * Math.pow(rs, shine)
      r += scr * s; g += scg * s; b += scb * s
    }
    if (refl > 0 && depth < 2) {
      const f = refl + (1 - refl) * Math.pow(1 + cosi, 5)
      trace(px + nx * 0.01, py + ny * 0.01, pz + nz * 0.01, rdx, rdy, rdz, depth + 1, tmp)
      r = r * (1 - f) + tmp.r * f; g = g * (1 - f) + tmp.g * f; b = b * (1 - f) + tmp.b * f
    }
    if (trans > 0 && depth < 3) {
      trace(px + dx * 0.02, py + dy * 0.02, pz + dz * 0.02, dx, dy, dz, depth + 1, tmp)
      r = r * (1 - trans) + tmp.r * trans * albR * 1.6
      g = g * (1 - trans) + tmp.g * trans * albG * 1.6
      b = b * (1 - trans) + tmp.b * trans * albB * 1.6
    }
    // haze towards the horizon colour
    const fk = 1 - Math.exp(-t * fog)
    if (fk > 0.001) {
      scene.haze(dx, dz, tmp)
      r += (tmp.r - r) * fk; g += (tmp.g - g) * fk; b += (tmp.b - b) * fk
    }
    out.r = r; out.g = g; out.b = b
  }

  return { trace }
}

/** Direction for a yaw/pitch in degrees: yaw 0 = +z (forward), yaw 90 = +x (right), pitch up = +y. */
export function dirOf(yawDeg, pitchDeg) {
  const y = (yawDeg * Math.PI) / 180, p = (pitchDeg * Math.PI) / 180
  return [Math.sin(y) * Math.cos(p), Math.sin(p), Math.cos(y) * Math.cos(p)]
}

/** Ground position at a yaw (degrees) and distance (metres) from the camera foot point. */
export function at(yawDeg, dist) {
  const y = (yawDeg * Math.PI) / 180
  return [Math.sin(y) * dist, Math.cos(y) * dist]
}

/** Yaw/pitch (degrees, rounded to 0.5°) of a world point seen from the camera at height `eye`. */
export function look(x, y, z, eye = 1.6) {
  const yaw = (Math.atan2(x, z) * 180) / Math.PI
  const pitch = (Math.atan2(y - eye, Math.hypot(x, z)) * 180) / Math.PI
  return { yaw: Math.round(yaw * 2) / 2, pitch: Math.round(pitch * 2) / 2 }
}
