// Writes the app's install icons (public/icons/storysphere-<size>.png): a white ring ("360°") on the
// editor's accent blue. Plain PNG from zlib, no image library. Run: node scripts/icons/make-icons.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes) => {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}
const icon = (size) => {
  const rows = []
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3)
    for (let x = 0; x < size; x += 1) {
      const r = Math.hypot(x - size / 2, y - size / 2) / size
      const ring = r > 0.24 && r < 0.32
      const dot = Math.hypot(x - size * 0.7, y - size * 0.3) / size < 0.05
      const [red, green, blue] = ring || dot ? [255, 255, 255] : [0x1d, 0x4f, 0xbf]
      row[1 + x * 3] = red
      row[2 + x * 3] = green
      row[3 + x * 3] = blue
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8
  header[9] = 2
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))])
}
for (const size of [192, 512]) writeFileSync(new URL(`../../public/icons/storysphere-${size}.png`, import.meta.url), icon(size))
