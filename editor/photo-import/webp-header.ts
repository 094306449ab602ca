import { bytesEqual, latin1, u16le, u24le, u32le } from './byte-reader'
import type { Bytes } from './byte-reader'

/** What a WebP's header says, read before decoding. */
export type WebpHeader = { widthPx: number; heightPx: number; isAnimated: boolean; hasAlpha: boolean }

const maxChunks = 10_000

/** Lossy bitstream: frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height. */
const readVp8 = (bytes: Bytes, data: number): WebpHeader | undefined => {
  if (!bytesEqual(bytes, data + 3, [0x9d, 0x01, 0x2a])) return undefined
  const width = u16le(bytes, data + 6)
  const height = u16le(bytes, data + 8)
  if (width === undefined || height === undefined) return undefined
  return { widthPx: width & 0x3fff, heightPx: height & 0x3fff, isAnimated: false, hasAlpha: false }
}

/** Lossless bitstream: signature 0x2F, then width − 1 and height − 1 in 14 bits each, then the alpha bit. */
const readVp8l = (bytes: Bytes, data: number): WebpHeader | undefined => {
  const bits = u32le(bytes, data + 1)
  if (bytes[data] !== 0x2f || bits === undefined) return undefined
  return {
    widthPx: (bits & 0x3fff) + 1,
    heightPx: ((bits >>> 14) & 0x3fff) + 1,
    isAnimated: false,
    hasAlpha: ((bits >>> 28) & 1) === 1,
  }
}

/**
 * Reads a WebP's size before decoding from its first chunk: `VP8 ` (lossy), `VP8L` (lossless) or
 * `VP8X` (extended: canvas size and flags, animation bit 0x02, alpha bit 0x10). An `ANIM` chunk also
 * marks it animated. Returns undefined when the chunk is missing or cut off.
 */
export const readWebpHeader = (bytes: Bytes): WebpHeader | undefined => {
  const first = latin1(bytes, 12, 4)
  if (first === 'VP8 ') return readVp8(bytes, 20)
  if (first === 'VP8L') return readVp8l(bytes, 20)
  if (first !== 'VP8X') return undefined
  const flags = bytes[20]
  const width = u24le(bytes, 24)
  const height = u24le(bytes, 27)
  if (flags === undefined || width === undefined || height === undefined) return undefined
  const header: WebpHeader = {
    widthPx: width + 1,
    heightPx: height + 1,
    isAnimated: (flags & 0x02) !== 0,
    hasAlpha: (flags & 0x10) !== 0,
  }
  let at = 12
  for (let chunks = 0; chunks < maxChunks; chunks++) {
    const type = latin1(bytes, at, 4)
    const size = u32le(bytes, at + 4)
    if (type === undefined || size === undefined) break
    if (type === 'ANIM' || type === 'ANMF') header.isAnimated = true
    at += 8 + size + (size % 2)
  }
  return header
}
