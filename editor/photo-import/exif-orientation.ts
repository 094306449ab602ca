import type { Bytes } from './byte-reader'

/** What we read from a JPEG's EXIF block: the orientation tag and whether it holds a location. */
export type ExifSummary = {
  /** EXIF orientation 1–8 (1: as stored; 5–8 swap width and height); 1 when absent or invalid. */
  orientation: number
  /** True when the EXIF block points at GPS data (removed by re-encoding, B-38). */
  hasLocation: boolean
}

const orientationTag = 0x0112
const gpsInfoTag = 0x8825
const maxEntries = 1000

/**
 * Reads IFD0 of a TIFF structure (the payload of an APP1 "Exif\0\0" segment, starting at the
 * byte-order mark "II" or "MM"): the orientation tag (0x0112) and the GPS pointer (0x8825).
 * Tolerant: anything out of bounds or malformed gives the defaults.
 */
export const readExifSummary = (tiff: Bytes): ExifSummary => {
  const summary: ExifSummary = { orientation: 1, hasLocation: false }
  if (tiff.length < 8) return summary
  const little = tiff[0] === 0x49 && tiff[1] === 0x49
  const big = tiff[0] === 0x4d && tiff[1] === 0x4d
  if (!little && !big) return summary
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength)
  const u16 = (at: number) => (at + 2 <= tiff.length ? view.getUint16(at, little) : undefined)
  const u32 = (at: number) => (at + 4 <= tiff.length ? view.getUint32(at, little) : undefined)
  if (u16(2) !== 42) return summary
  const ifd = u32(4)
  if (ifd === undefined || ifd < 8) return summary
  const count = u16(ifd)
  if (count === undefined) return summary
  for (let i = 0; i < Math.min(count, maxEntries); i++) {
    const entry = ifd + 2 + i * 12
    const tag = u16(entry)
    if (tag === undefined) break
    if (tag === orientationTag && u16(entry + 2) === 3) {
      const value = u16(entry + 8)
      if (value !== undefined && value >= 1 && value <= 8) summary.orientation = value
    }
    if (tag === gpsInfoTag) summary.hasLocation = true
  }
  return summary
}

/** True when an EXIF orientation turns the picture by a quarter, so width and height swap. */
export const orientationSwapsSides = (orientation: number): boolean => orientation >= 5 && orientation <= 8
