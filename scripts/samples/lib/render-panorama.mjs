// Renders one equirectangular panorama with a pool of worker threads and writes the three JPEG sizes.
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { downscale, writeJpeg } from './image-io.mjs'

const WORKER = new URL('./render-worker.mjs', import.meta.url)

/** Full-pano rows [top, top + rows) at W × W/2 → RGBA Uint8Array (W × rows). */
export async function renderRows({ module, id, W, top = 0, rows = W / 2, band = 32 }) {
  const H = W / 2
  const rgba = new Uint8Array(W * rows * 4)
  const queue = []
  for (let y = top; y < top + rows; y += band) queue.push([y, Math.min(top + rows, y + band)])
  const n = Math.min(availableParallelism(), 8)
  await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const w = new Worker(WORKER, { workerData: { module, id, W, H } })
      const next = () => {
        const job = queue.shift()
        if (!job) { w.terminate().then(resolve); return }
        w.postMessage({ y0: job[0], y1: job[1] })
      }
      w.on('message', (msg) => {
        if (msg.ready) return next()
        const { y0, y1, out } = msg
        for (let y = y0; y < y1; y++) {
          for (let x = 0; x < W; x++) {
            const s = ((y - y0) * W + x) * 3, d = ((y - top) * W + x) * 4
            rgba[d] = out[s]; rgba[d + 1] = out[s + 1]; rgba[d + 2] = out[s + 2]; rgba[d + 3] = 255
          }
        }
        next()
      })
      w.on('error', reject)
    })),
  )
  return rgba
}

/**
 * Renders `images/<name>.jpg` (W × H or the crop), `<name>-2048.jpg` and `<name>-preview.jpg` into dir.
 * crop: { top, rows } in full-pano pixels at W (a phone "panorama mode" photo). Returns file records.
 */
export async function renderPanorama({ dir, name, module, id, W = 4096, crop = null, quality = 80 }) {
  const top = crop?.top ?? 0, rows = crop?.rows ?? W / 2
  const t0 = Date.now()
  const rgba = await renderRows({ module, id, W, top, rows })
  const files = []
  const put = (suffix, data, w, h, q) => {
    const path = join('images', `${name}${suffix}.jpg`)
    const bytes = writeJpeg(join(dir, path), data, w, h, q)
    files.push({ path, widthPx: w, heightPx: h, bytes })
  }
  put('', rgba, W, rows, quality)
  const half = downscale(rgba, W, rows, W / 2, Math.round(rows / 2))
  put('-2048', half, W / 2, Math.round(rows / 2), quality)
  const pw = 256, ph = Math.round((rows * 256) / W)
  put('-preview', downscale(half, W / 2, Math.round(rows / 2), pw, ph), pw, ph, 60)
  console.log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s, ${files.map((f) => `${f.widthPx}×${f.heightPx} ${Math.round(f.bytes / 1024)} KiB`).join(', ')}`)
  return files
}
