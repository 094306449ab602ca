import { latin1, u32be } from './byte-reader'
import type { Bytes } from './byte-reader'

/** What a PNG's header says, read before decoding. */
export type PngHeader = { widthPx: number; heightPx: number; isAnimated: boolean; hasAlpha: boolean }

const maxChunks = 10_000

/**
 * Reads a PNG's IHDR (size and colour type), then walks the chunks before the first IDAT: an `acTL`
 * chunk makes it an animated PNG (APNG), a `tRNS` chunk or an alpha colour type (4, 6) gives it
 * transparency. Returns undefined when IHDR is missing or cut off.
 */
export const readPngHeader = (bytes: Bytes): PngHeader | undefined => {
  if (latin1(bytes, 12, 4) !== 'IHDR' || u32be(bytes, 8) !== 13) return undefined
  const widthPx = u32be(bytes, 16)
  const heightPx = u32be(bytes, 20)
  const colourType = bytes[25]
  if (!widthPx || !heightPx || colourType === undefined) return undefined
  const header: PngHeader = { widthPx, heightPx, isAnimated: false, hasAlpha: colourType === 4 || colourType === 6 }
  let at = 8
  for (let chunks = 0; chunks < maxChunks; chunks++) {
    const length = u32be(bytes, at)
    const type = latin1(bytes, at + 4, 4)
    if (length === undefined || type === undefined || type === 'IDAT' || type === 'IEND') break
    if (type === 'acTL') header.isAnimated = true
    if (type === 'tRNS') header.hasAlpha = true
    at += 12 + length
  }
  return header
}
