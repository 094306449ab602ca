/**
 * Hand-built image bytes for tests: just enough of a JPEG, PNG or WebP for the header readers (no
 * real pixels), plus files that only pretend to be photos.
 */
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))
const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff]
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff]
const u24le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff]
const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff]

const segment = (marker: number, payload: number[]) => [0xff, marker, ...u16be(payload.length + 2), ...payload]

/** A TIFF block (big-endian) with IFD0 holding the orientation and, if asked, a GPS pointer. */
export const exifTiff = ({ orientation = 1, gps = false, littleEndian = false } = {}): number[] => {
  const u16 = littleEndian ? u16le : u16be
  const u32 = littleEndian ? u32le : u32be
  const entries = [[...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0]]
  if (gps) entries.push([...u16(0x8825), ...u16(4), ...u32(1), ...u32(0)])
  return [...ascii(littleEndian ? 'II' : 'MM'), ...u16(42), ...u32(8), ...u16(entries.length), ...entries.flat(), ...u32(0)]
}

/** An XMP packet with GPano properties, as attributes or as elements. */
export const gpanoXmp = (properties: Record<string, string | number>, form: 'attributes' | 'elements' = 'attributes', prefix = 'GPano') => {
  const pairs = Object.entries(properties)
  const open = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`
  const ns = `xmlns:${prefix}="http://ns.google.com/photos/1.0/panorama/"`
  const body =
    form === 'attributes'
      ? `<rdf:Description rdf:about="" ${ns} ${pairs.map(([k, v]) => `${prefix}:${k}="${v}"`).join(' ')}/>`
      : `<rdf:Description rdf:about="" ${ns}>${pairs.map(([k, v]) => `<${prefix}:${k}>${v}</${prefix}:${k}>`).join('')}</rdf:Description>`
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>${open}${body}</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
}

type JpegOptions = { widthPx: number; heightPx: number; xmp?: string; exif?: number[]; sofMarker?: number; end?: boolean }

/** A JPEG: SOI, optional APP1 Exif and APP1 XMP, SOF (size), DHT, SOS, a few bytes of "scan" and EOI. */
export const jpegBytes = ({ widthPx, heightPx, xmp, exif, sofMarker = 0xc0, end = true }: JpegOptions): Uint8Array => {
  const parts = [[0xff, 0xd8], segment(0xe0, [...ascii('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0])]
  if (exif) parts.push(segment(0xe1, [...ascii('Exif\0\0'), ...exif]))
  if (xmp) parts.push(segment(0xe1, [...ascii('http://ns.adobe.com/xap/1.0/\0'), ...new TextEncoder().encode(xmp)]))
  parts.push(segment(sofMarker, [8, ...u16be(heightPx), ...u16be(widthPx), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]))
  parts.push(segment(0xc4, [0, ...new Array(16).fill(0)]))
  parts.push(segment(0xda, [1, 1, 0, 0, 0x3f, 0]), [0x12, 0x34, 0x56, 0x78, 0xff, 0x00, 0x9a])
  if (end) parts.push([0xff, 0xd9])
  return Uint8Array.from(parts.flat())
}

const pngChunk = (type: string, data: number[]) => [...u32be(data.length), ...ascii(type), ...data, 0, 0, 0, 0]

/** A PNG: signature, IHDR, optional acTL (animated) and tRNS, one IDAT, IEND. */
export const pngBytes = ({ widthPx, heightPx, colourType = 2, animated = false, transparent = false, end = true }: {
  widthPx: number; heightPx: number; colourType?: number; animated?: boolean; transparent?: boolean; end?: boolean
}): Uint8Array => {
  const chunks = [pngChunk('IHDR', [...u32be(widthPx), ...u32be(heightPx), 8, colourType, 0, 0, 0])]
  if (animated) chunks.push(pngChunk('acTL', [...u32be(2), ...u32be(0)]))
  if (transparent) chunks.push(pngChunk('tRNS', [0, 0, 0, 0, 0, 0]))
  chunks.push(pngChunk('IDAT', [0x78, 0x9c, 0x03, 0x00]))
  if (end) chunks.push(pngChunk('IEND', []))
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunks.flat()])
}

const riff = (chunks: number[][]) => {
  const body = [...ascii('WEBP'), ...chunks.flat()]
  return Uint8Array.from([...ascii('RIFF'), ...u32le(body.length), ...body])
}
const webpChunk = (type: string, data: number[]) => [...ascii(type), ...u32le(data.length), ...data, ...(data.length % 2 ? [0] : [])]

/** A lossy WebP (`VP8 `). */
export const webpLossyBytes = (widthPx: number, heightPx: number) =>
  riff([webpChunk('VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...u16le(widthPx), ...u16le(heightPx), 0, 0])])

/** A lossless WebP (`VP8L`). */
export const webpLosslessBytes = (widthPx: number, heightPx: number, alpha = false) => {
  const bits = ((widthPx - 1) & 0x3fff) | (((heightPx - 1) & 0x3fff) << 14) | ((alpha ? 1 : 0) << 28)
  return riff([webpChunk('VP8L', [0x2f, ...u32le(bits >>> 0), 0])])
}

/** An extended WebP (`VP8X`), animated or not. */
export const webpExtendedBytes = (widthPx: number, heightPx: number, { animated = false, alpha = false } = {}) => {
  const flags = (animated ? 0x02 : 0) | (alpha ? 0x10 : 0)
  const chunks = [webpChunk('VP8X', [flags, 0, 0, 0, ...u24le(widthPx - 1), ...u24le(heightPx - 1)])]
  if (animated) chunks.push(webpChunk('ANIM', [0, 0, 0, 0, 0, 0]))
  chunks.push(webpChunk('VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...u16le(widthPx & 0x3fff), ...u16le(heightPx & 0x3fff), 0, 0]))
  return riff(chunks)
}

/** Text pretending to be a photo. */
export const textBytes = (text: string) => new TextEncoder().encode(text)
export const htmlRenamedJpg = textBytes('<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>')
export const svgWithScript = textBytes(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
)
export const gifBytes = Uint8Array.from([...ascii('GIF89a'), 1, 0, 1, 0, 0, 0, 0, 0x3b])
export const heicBytes = Uint8Array.from([0, 0, 0, 24, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic')])

/** A File from bytes (Node 20 has File). */
export const fileOf = (bytes: Uint8Array, name: string, type = '') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type })
