// Deterministic bench inputs without ImageMagick (Debian's `convert` is not installed here): the
// same two scenes the peer harness expects (A warm: R >> B, B cool: B >> R) at 2048/4096/8192, plus a
// 512x256 preview of each, drawn in headless Chromium (seeded value-noise fBm, the harness's colour
// matrices, per-size Gaussian noise with a fixed seed) and encoded as baseline JPEG q85 4:2:0 by
// Chromium's encoder. Writes <peers>/inputs/*.jpg + manifest.json (the runner reads manifest.files).
// node scripts/bench/gen-inputs.mjs <peers dir>
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const SIZES = [[2048, 1024], [4096, 2048], [8192, 4096]]
export const PREVIEW = [512, 256]
const SCENES = {
  A: { seed: 42, matrix: [1.0, 0.25, 0.1, 0.45, 0.35, 0.1, 0.05, 0.1, 0.15] },
  B: { seed: 43, matrix: [0.15, 0.1, 0.05, 0.1, 0.35, 0.45, 0.1, 0.25, 1.0] },
}

/** Runs in the page: returns base64 JPEGs { 'A_2048x1024.jpg': b64, ... } for one scene. */
const drawScene = async ({ name, seed, matrix, sizes, preview }) => {
  const rng = (s) => () => { s |= 0; s = (s + 0x6d2b79f5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296 }
  const W = 2048, H = 1024
  const rand = rng(seed)
  // fBm of value noise, 3 independent channels, seamless in x (a panorama wraps around).
  const field = [new Float32Array(W * H), new Float32Array(W * H), new Float32Array(W * H)]
  for (let c = 0; c < 3; c++) {
    let amp = 1
    for (let o = 0; o < 8; o++) {
      const gx = 4 << o, gy = Math.max(2, 2 << o)
      const grid = new Float32Array(gx * (gy + 1))
      for (let i = 0; i < grid.length; i++) grid[i] = rand() * 2 - 1
      const f = field[c]
      for (let y = 0; y < H; y++) {
        const fy = (y / H) * gy, y0 = Math.floor(fy), ty = fy - y0, sy = ty * ty * (3 - 2 * ty)
        for (let x = 0; x < W; x++) {
          const fx = (x / W) * gx, x0 = Math.floor(fx), tx = fx - x0, sx = tx * tx * (3 - 2 * tx), x1 = (x0 + 1) % gx
          const a = grid[y0 * gx + x0], b = grid[y0 * gx + x1], c2 = grid[(y0 + 1) * gx + x0], d = grid[(y0 + 1) * gx + x1]
          f[y * W + x] += amp * ((a + (b - a) * sx) * (1 - sy) + (c2 + (d - c2) * sx) * sy)
        }
      }
      amp *= 0.6
    }
  }
  const base = new OffscreenCanvas(W, H)
  const img = new ImageData(W, H)
  for (let i = 0; i < W * H; i++) {
    const r = 128 + 120 * field[0][i], g = 128 + 120 * field[1][i], b = 128 + 120 * field[2][i]
    img.data[i * 4] = matrix[0] * r + matrix[1] * g + matrix[2] * b
    img.data[i * 4 + 1] = matrix[3] * r + matrix[4] * g + matrix[5] * b
    img.data[i * 4 + 2] = matrix[6] * r + matrix[7] * g + matrix[8] * b
    img.data[i * 4 + 3] = 255
  }
  base.getContext('2d').putImageData(img, 0, 0)
  const toB64 = async (canvas) => {
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })
    const buf = new Uint8Array(await blob.arrayBuffer())
    let s = ''
    for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode.apply(null, buf.subarray(i, i + 0x8000))
    return btoa(s)
  }
  const out = {}
  for (const [w, h] of sizes) {
    const c = new OffscreenCanvas(w, h)
    const g = c.getContext('2d')
    g.imageSmoothingQuality = 'high'
    g.drawImage(base, 0, 0, w, h)
    const px = g.getImageData(0, 0, w, h)
    const noise = rng(seed + w)
    const d = px.data
    for (let i = 0; i < d.length; i += 4) {
      for (let k = 0; k < 3; k++) {
        const n = Math.sqrt(-2 * Math.log(noise() + 1e-12)) * Math.cos(2 * Math.PI * noise())
        d[i + k] = d[i + k] + n * 14 * (k === 1 ? 0.7 : 1)
      }
    }
    g.putImageData(px, 0, 0)
    out[`${name}_${w}x${h}.jpg`] = await toB64(c)
    if (w === sizes[0][0]) {
      const p = new OffscreenCanvas(preview[0], preview[1])
      const pg = p.getContext('2d')
      pg.imageSmoothingQuality = 'high'
      pg.drawImage(c, 0, 0, preview[0], preview[1])
      out[`${name}_preview_${preview[0]}x${preview[1]}.jpg`] = await toB64(p)
    }
  }
  return out
}

export async function genInputs(peersDir) {
  const dir = path.join(peersDir, 'inputs')
  const manifestPath = path.join(dir, 'manifest.json')
  if (fs.existsSync(manifestPath) && JSON.parse(fs.readFileSync(manifestPath, 'utf8')).generator === 'storysphere scripts/bench/gen-inputs.mjs') return
  fs.mkdirSync(dir, { recursive: true })
  const { chromium } = await import(path.join(peersDir, 'node_modules/playwright-core/index.mjs'))
  const { CHROMIUM_PATH, BASE_FLAGS } = await import(path.join(peersDir, 'harness/browser.mjs'))
  const udd = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-gen-'))
  const ctx = await chromium.launchPersistentContext(udd, { executablePath: CHROMIUM_PATH, headless: true, args: BASE_FLAGS })
  const manifest = { generator: 'storysphere scripts/bench/gen-inputs.mjs', imagemagick: 'none: Chromium canvas + JPEG encoder', files: {} }
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    for (const [name, s] of Object.entries(SCENES)) {
      const files = await page.evaluate(drawScene, { name, seed: s.seed, matrix: s.matrix, sizes: SIZES, preview: PREVIEW })
      for (const [file, b64] of Object.entries(files)) {
        const buf = Buffer.from(b64, 'base64')
        fs.writeFileSync(path.join(dir, file), buf)
        const [w, h] = /(\d+)x(\d+)\.jpg$/.exec(file).slice(1).map(Number)
        manifest.files[file] = { width: w, height: h, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') }
        console.log(file, buf.length)
      }
    }
  } finally {
    await ctx.close()
    fs.rmSync(udd, { recursive: true, force: true })
  }
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
}

if (process.argv[1] === new URL(import.meta.url).pathname) await genInputs(path.resolve(process.argv[2]))
