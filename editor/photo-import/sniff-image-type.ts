import { bytesEqual, latin1 } from './byte-reader'
import type { Bytes } from './byte-reader'

/** The photo types we import. Everything is re-encoded as JPEG. */
export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp'

/** Why a file is refused before anything else is read. */
export type RefusedTypeCode = 'svg-not-supported' | 'gif-not-supported' | 'heic-not-supported' | 'not-an-image'

/** What the first bytes say a file is: a photo type we read, or a refusal with what it looked like. */
export type SniffResult = { ok: true; mime: PhotoMime } | { ok: false; code: RefusedTypeCode; looksLike: string }

const jpegMagic = [0xff, 0xd8, 0xff]
const pngMagic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const refused = (code: RefusedTypeCode, looksLike: string): SniffResult => ({ ok: false, code, looksLike })

/** ISO-BMFF (HEIC, AVIF, MP4) files start with a box of type "ftyp" naming a brand. */
const isoBrand = (bytes: Bytes): string | undefined =>
  latin1(bytes, 4, 4) === 'ftyp' ? latin1(bytes, 8, 4) : undefined

/** Text files: SVG or HTML (B-30, B-31), judged from the first kilobyte, case-folded. */
const sniffText = (bytes: Bytes): SniffResult => {
  const head = (latin1(bytes, 0, Math.min(bytes.length, 1024)) ?? '')
    .replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '')
    .replace(/\0/g, '')
    .toLowerCase()
  if (head.includes('<svg')) return refused('svg-not-supported', 'SVG')
  if (/<(!doctype html|html|head|body|script|iframe)\b/.test(head)) return refused('not-an-image', 'HTML')
  if (head.trimStart().startsWith('<')) return refused('not-an-image', 'XML')
  return refused('not-an-image', 'unknown')
}

/**
 * Decides a file's type from its magic bytes, never from its name or the browser's MIME guess
 * (B-30): JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, WebP `RIFF….WEBP`. SVG, HTML, GIF, HEIC
 * and anything else are refused. A polyglot that starts like a JPEG is read as a JPEG; re-encoding
 * keeps only its pixels.
 */
export const sniffImageType = (bytes: Bytes): SniffResult => {
  if (bytesEqual(bytes, 0, jpegMagic)) return { ok: true, mime: 'image/jpeg' }
  if (bytesEqual(bytes, 0, pngMagic)) return { ok: true, mime: 'image/png' }
  if (latin1(bytes, 0, 4) === 'RIFF' && latin1(bytes, 8, 4) === 'WEBP') return { ok: true, mime: 'image/webp' }
  const first = latin1(bytes, 0, Math.min(bytes.length, 6)) ?? ''
  if (first.startsWith('GIF87a') || first.startsWith('GIF89a')) return refused('gif-not-supported', 'GIF')
  const brand = isoBrand(bytes)
  if (brand && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return refused('heic-not-supported', 'HEIC')
  if (brand && /^avi[fs]$/.test(brand)) return refused('not-an-image', 'AVIF')
  if (first.startsWith('BM')) return refused('not-an-image', 'BMP')
  if (first.startsWith('II*\0') || first.startsWith('MM\0*')) return refused('not-an-image', 'TIFF')
  if (first.startsWith('%PDF')) return refused('not-an-image', 'PDF')
  if (first.startsWith('PK\x03\x04')) return refused('not-an-image', 'ZIP')
  return sniffText(bytes)
}
