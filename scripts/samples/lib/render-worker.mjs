// Worker thread: builds one panorama scene and renders bands of rows on request.
// Pass 1 traces the pixel centres (one row of margin), pass 2 adds four rotated-grid samples where the
// tone-mapped neighbourhood has an edge — cheap adaptive anti-aliasing.
import { parentPort, workerData } from 'node:worker_threads'
import { makeTracer } from './tracer.mjs'
import { toneMap } from './image-io.mjs'

const { module, id, W, H } = workerData
const { buildScene } = await import(module)
const built = buildScene(id, { pixAngle: (2 * Math.PI) / W })
const tracer = makeTracer(built.scene)
const [cx, cy, cz] = built.camera ?? [0, 1.6, 0]
const exposure = built.exposure ?? 1
const col = { r: 0, g: 0, b: 0 }
const JIT = [[-0.125, -0.375], [0.375, -0.125], [0.125, 0.375], [-0.375, 0.125]]

function sample(px, py) {
  const yaw = (px / W) * 2 * Math.PI - Math.PI
  const pitch = Math.PI / 2 - (py / H) * Math.PI
  const cp = Math.cos(pitch)
  tracer.trace(cx, cy, cz, Math.sin(yaw) * cp, Math.sin(pitch), Math.cos(yaw) * cp, 0, col)
  return col
}

parentPort.on('message', ({ y0, y1 }) => {
  const ya = Math.max(0, y0 - 1), yb = Math.min(H, y1 + 1), rows = yb - ya
  const lin = new Float32Array(W * rows * 3)
  const lum = new Float32Array(W * rows)
  for (let y = ya; y < yb; y++) {
    for (let x = 0; x < W; x++) {
      const c = sample(x + 0.5, y + 0.5), i = (y - ya) * W + x
      lin[i * 3] = c.r; lin[i * 3 + 1] = c.g; lin[i * 3 + 2] = c.b
      lum[i] = toneMap(0.3 * c.r + 0.55 * c.g + 0.15 * c.b, exposure)
    }
  }
  const out = new Uint8Array(W * (y1 - y0) * 3)
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y - ya) * W + x, l = lum[i]
      let edge = 0
      const nb = [x > 0 ? i - 1 : i + W - 1, x < W - 1 ? i + 1 : i - W + 1, y > ya ? i - W : i, y < yb - 1 ? i + W : i]
      for (const j of nb) edge = Math.max(edge, Math.abs(lum[j] - l))
      let r = lin[i * 3], g = lin[i * 3 + 1], b = lin[i * 3 + 2]
      if (edge > 14) {
        for (const [jx, jy] of JIT) {
          const c = sample(x + 0.5 + jx, y + 0.5 + jy)
          r += c.r; g += c.g; b += c.b
        }
        r /= 5; g /= 5; b /= 5
      }
      const o = ((y - y0) * W + x) * 3
      out[o] = toneMap(r, exposure); out[o + 1] = toneMap(g, exposure); out[o + 2] = toneMap(b, exposure)
    }
  }
  parentPort.postMessage({ y0, y1, out }, [out.buffer])
})
parentPort.postMessage({ ready: true })
