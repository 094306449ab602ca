import { latin1, u16be } from './byte-reader'
import type { Bytes } from './byte-reader'
import { readExifSummary } from './exif-orientation'
import type { ExifSummary } from './exif-orientation'

/** What a JPEG's header says, read before decoding. */
export type JpegHeader = {
  widthPx: number
  heightPx: number
  exif: ExifSummary
  /** The main XMP packet (APP1 "http://ns.adobe.com/xap/1.0/"), as text; undefined when absent. */
  xmp?: string
  /** Where the frame header ends (the compressed picture follows). */
  frameEnd: number
}

const xmpSignature = 'http://ns.adobe.com/xap/1.0/\0'
const exifSignature = 'Exif\0\0'
const maxSegments = 10_000

/** Start-of-frame markers that carry the size: SOF0–3, 5–7, 9–11, 13–15 (not DHT C4, JPG C8, DAC CC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)

const utf8 = new TextDecoder('utf-8', { fatal: false })

/**
 * Walks a JPEG's marker segments up to the start of scan: the size from the first SOFn, the EXIF
 * orientation and GPS pointer from APP1 "Exif", and the XMP packet from APP1. Returns undefined when
 * there is no frame header before the data ends (truncated or not really a JPEG).
 */
export const readJpegHeader = (bytes: Bytes): JpegHeader | undefined => {
  let at = 2
  let exif: ExifSummary = { orientation: 1, hasLocation: false }
  let xmp: string | undefined
  for (let segments = 0; segments < maxSegments && at < bytes.length; segments++) {
    if (bytes[at] !== 0xff) return undefined
    while (bytes[at] === 0xff) at++
    const marker = bytes[at]
    at++
    if (marker === undefined || marker === 0xd9 || marker === 0xda) return undefined
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue
    const length = u16be(bytes, at)
    if (length === undefined || length < 2 || at + length > bytes.length) return undefined
    const start = at + 2
    const end = at + length
    if (isStartOfFrame(marker)) {
      const heightPx = u16be(bytes, start + 1)
      const widthPx = u16be(bytes, start + 3)
      if (!heightPx || !widthPx) return undefined
      return { widthPx, heightPx, exif, frameEnd: end, ...(xmp === undefined ? {} : { xmp }) }
    }
    if (marker === 0xe1 && latin1(bytes, start, exifSignature.length) === exifSignature) {
      exif = readExifSummary(bytes.subarray(start + exifSignature.length, end))
    } else if (marker === 0xe1 && xmp === undefined && latin1(bytes, start, xmpSignature.length) === xmpSignature) {
      xmp = utf8.decode(bytes.subarray(start + xmpSignature.length, end))
    }
    at = end
  }
  return undefined
}
