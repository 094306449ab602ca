// RGBA buffers → area-averaged downscales and JPEG files (jpeg-js, baseline, 4:2:0 as the encoder does it).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import jpeg from 'jpeg-js'

/** Area-average an RGBA image to dw × dh (any ratio ≥ 1). */
export function downscale(src, sw, sh, dw, dh) {
  const out = new Uint8Array(dw * dh * 4)
  const fx = sw / dw, fy = sh / dh
  for (let y = 0; y < dh; y++) {
    const ya = Math.floor(y * fy), yb = Math.max(ya + 1, Math.floor((y + 1) * fy))
    for (let x = 0; x < dw; x++) {
      const xa = Math.floor(x * fx), xb = Math.max(xa + 1, Math.floor((x + 1) * fx))
      let r = 0, g = 0, b = 0, n = 0
      for (let yy = ya; yy < yb; yy++) {
        let i = (yy * sw + xa) * 4
        for (let xx = xa; xx < xb; xx++, i += 4) { r += src[i]; g += src[i + 1]; b += src[i + 2]; n++ }
      }
      const o = (y * dw + x) * 4
      out[o] = Math.round(r / n); out[o + 1] = Math.round(g / n); out[o + 2] = Math.round(b / n); out[o + 3] = 255
    }
  }
  return out
}

/** Encode and write; returns the number of bytes written. */
export function writeJpeg(path, data, width, height, quality) {
  const { data: bytes } = jpeg.encode({ data, width, height }, quality)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, bytes)
  return bytes.length
}

/** Linear RGB → display 8-bit with exposure, a filmic (ACES fit) curve and sRGB-ish gamma. */
export function toneMap(v, exposure) {
  const x = v * exposure
  const y = (x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14)
  const c = y <= 0 ? 0 : y >= 1 ? 1 : y
  return Math.round(Math.pow(c, 1 / 2.2) * 255)
}
