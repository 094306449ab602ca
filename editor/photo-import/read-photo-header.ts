import type { Bytes } from './byte-reader'
import { orientationSwapsSides } from './exif-orientation'
import { isImageComplete } from './image-complete'
import { readJpegHeader } from './jpeg-header'
import { photoLimits } from './photo-limits'
import { readPngHeader } from './png-header'
import { sniffImageType } from './sniff-image-type'
import type { PhotoMime, RefusedTypeCode } from './sniff-image-type'
import { readWebpHeader } from './webp-header'
import { parseGPano } from './xmp-gpano'
import type { GPano } from './xmp-gpano'

/** Everything read from a photo's bytes before decoding it. Sizes are as stored (before EXIF rotation). */
export type PhotoHeader = {
  mime: PhotoMime
  widthPx: number
  heightPx: number
  /** EXIF orientation 1–8 (JPEG only; 1 otherwise). */
  orientation: number
  hasAlpha: boolean
  /** True when the photo carries GPS data (removed by re-encoding, B-38). */
  hasLocation: boolean
  gpano?: GPano
}

/** Why a photo is refused from its header. */
export type HeaderProblem =
  | { code: RefusedTypeCode; looksLike: string }
  | { code: 'corrupt'; reason: 'no-header' | 'truncated' }
  | { code: 'animated-not-supported' }
  | { code: 'too-many-pixels'; widthPx: number; heightPx: number }

/** The header, or why the photo is refused. */
export type PhotoHeaderResult = { ok: true; header: PhotoHeader } | { ok: false; problem: HeaderProblem }

/** True when a photo of this size may be decoded (B-33): at most 16384 px a side and 64 megapixels. */
export const fitsPixelLimits = (widthPx: number, heightPx: number): boolean =>
  widthPx <= photoLimits.maxSidePx && heightPx <= photoLimits.maxSidePx && widthPx * heightPx <= photoLimits.maxPixels

/** The size after EXIF orientation is applied (what `createImageBitmap(…, { imageOrientation: 'from-image' })` gives). */
export const orientedSize = (header: PhotoHeader): { widthPx: number; heightPx: number } =>
  orientationSwapsSides(header.orientation)
    ? { widthPx: header.heightPx, heightPx: header.widthPx }
    : { widthPx: header.widthPx, heightPx: header.heightPx }

type HeaderRead = Omit<PhotoHeader, 'mime'> & { frameEnd: number }

const readByType = (bytes: Bytes, mime: PhotoMime): HeaderRead | 'animated' | undefined => {
  if (mime === 'image/jpeg') {
    const jpeg = readJpegHeader(bytes)
    if (!jpeg) return undefined
    const gpano = jpeg.xmp === undefined ? undefined : parseGPano(jpeg.xmp)
    return {
      frameEnd: jpeg.frameEnd,
      widthPx: jpeg.widthPx,
      heightPx: jpeg.heightPx,
      orientation: jpeg.exif.orientation,
      hasAlpha: false,
      hasLocation: jpeg.exif.hasLocation,
      ...(gpano ? { gpano } : {}),
    }
  }
  const header = mime === 'image/png' ? readPngHeader(bytes) : readWebpHeader(bytes)
  if (!header) return undefined
  if (header.isAnimated) return 'animated'
  const { widthPx, heightPx, hasAlpha } = header
  return { widthPx, heightPx, orientation: 1, hasAlpha, hasLocation: false, frameEnd: 0 }
}

/**
 * Reads a photo's type, size and metadata from its bytes without decoding any pixels: the magic-byte
 * sniff (B-30, B-31), the size from the JPEG SOFn / PNG IHDR / WebP VP8* header checked against the
 * pixel limits (B-33), a cut-off file (B-32), EXIF orientation and GPano XMP (JPEG). Animated PNG and WebP are refused
 * (B-35): a panorama is a still, and browsers differ in which frame they would decode.
 */
export const readPhotoHeader = (bytes: Bytes): PhotoHeaderResult => {
  const sniffed = sniffImageType(bytes)
  if (!sniffed.ok) return { ok: false, problem: { code: sniffed.code, looksLike: sniffed.looksLike } }
  const read = readByType(bytes, sniffed.mime)
  if (read === undefined) return { ok: false, problem: { code: 'corrupt', reason: 'no-header' } }
  if (read === 'animated') return { ok: false, problem: { code: 'animated-not-supported' } }
  const { frameEnd, ...header } = read
  if (!fitsPixelLimits(header.widthPx, header.heightPx)) {
    return { ok: false, problem: { code: 'too-many-pixels', widthPx: header.widthPx, heightPx: header.heightPx } }
  }
  if (!isImageComplete(bytes, sniffed.mime, frameEnd)) return { ok: false, problem: { code: 'corrupt', reason: 'truncated' } }
  return { ok: true, header: { mime: sniffed.mime, ...header } }
}
