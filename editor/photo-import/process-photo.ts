import { photoProjection } from './gpano-projection'
import { photoInitialView, photoPose } from './gpano-view'
import type { PhotoCodec, Raster } from './photo-codec'
import { PhotoImportError } from './photo-import-error'
import type { EncodedDerivative, EncodedImage, ImportedPhoto, PhotoImportProgressMessage } from './photo-import-protocol'
import { photoWarning } from './photo-import-warning'
import type { PhotoImportWarning } from './photo-import-warning'
import { photoLimits } from './photo-limits'
import { orientedSize, readPhotoHeader } from './read-photo-header'
import type { PhotoHeader } from './read-photo-header'
import { rawCameraFile } from './raw-camera-file'
import { planSizeLadder } from './size-ladder'
import type { SizePx } from './size-ladder'

/** Reports each step as it starts. */
export type ReportProgress = (progress: PhotoImportProgressMessage) => void

const detailOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

/** Size, magic bytes and header checks, before any pixel is decoded (B-30, B-31, B-33, B-35). */
const checkFile = async (file: File): Promise<PhotoHeader> => {
  if (file.size === 0) throw new PhotoImportError('empty-file', file.name)
  if (file.size > photoLimits.maxFileBytes) throw new PhotoImportError('file-too-large', file.name, { bytes: file.size })
  const raw = rawCameraFile(file.name)
  if (raw) throw new PhotoImportError(raw, file.name)
  const read = readPhotoHeader(new Uint8Array(await file.arrayBuffer()))
  if (read.ok) return read.header
  const { problem } = read
  if (problem.code === 'too-many-pixels') {
    throw new PhotoImportError(problem.code, file.name, { widthPx: problem.widthPx, heightPx: problem.heightPx })
  }
  if (problem.code === 'corrupt') throw new PhotoImportError(problem.code, file.name, {}, `header: ${problem.reason}`)
  throw new PhotoImportError(problem.code, file.name, 'looksLike' in problem ? { looksLike: problem.looksLike } : {})
}

const headerWarnings = (header: PhotoHeader): PhotoImportWarning[] => [
  ...(header.hasLocation ? [photoWarning('location-removed')] : []),
  ...(header.hasAlpha ? [photoWarning('transparency-filled')] : []),
]

/** Options of `processPhoto`. */
export type ProcessPhotoOptions = {
  /** Hashes each file as soon as it is encoded (the worker's Web Crypto), so the page need not (`EncodedImage.sha256`). */
  sha256?: (bytes: ArrayBuffer) => Promise<string>
}

/**
 * Turns a photo file into panorama media: checks it from its bytes, decodes it (EXIF orientation
 * applied), re-encodes it as JPEG at the B-34 ladder (which drops EXIF, GPS and anything else in the
 * file, B-38), and works out projection, pose and initial view from GPano. Reports each step before it
 * starts. Each encode starts as soon as its size is drawn and is awaited with the others at the end
 * (a codec whose encodes run in the background overlaps them; Chromium's worker encodes one after
 * another). Throws `PhotoImportError` with a code and a message naming the file.
 */
export const processPhoto = async <R extends Raster>(
  file: File,
  codec: PhotoCodec<R>,
  report: ReportProgress,
  options: ProcessPhotoOptions = {},
): Promise<ImportedPhoto> => {
  report({ type: 'progress', step: 'reading', stepIndex: 0, stepCount: 3 })
  const header = await checkFile(file)
  const expected = orientedSize(header)
  const expectedLadder = planSizeLadder(expected)
  let stepCount = 3 + expectedLadder.derivatives.length
  report({ type: 'progress', step: 'decoding', stepIndex: 1, stepCount })
  let decoded: R
  try {
    decoded = await codec.decode(file)
  } catch (error) {
    throw new PhotoImportError('corrupt', file.name, {}, detailOf(error))
  }
  const source = { widthPx: decoded.widthPx, heightPx: decoded.heightPx }
  const ladder = planSizeLadder(source)
  stepCount = 3 + ladder.derivatives.length
  const rasters = new Set<R>([decoded])
  const release = (raster: R) => {
    if (rasters.delete(raster)) codec.release(raster)
  }
  const { sha256 } = options
  /** Starts encoding (and hashing) `raster` as `size`; a failure is heard where the jobs are awaited together. */
  const encode = <S extends SizePx>(raster: R, size: S): Promise<S & EncodedImage> => {
    const job = codec.encodeJpeg(raster, photoLimits.jpegQuality).then(async (bytes) => ({
      ...size,
      mime: 'image/jpeg' as const,
      bytes,
      ...(sha256 ? { sha256: await sha256(bytes) } : {}),
    }))
    void job.catch(() => undefined) // a step after it may fail first; then this failure has nobody to tell
    return job
  }
  try {
    report({ type: 'progress', step: 'main', stepIndex: 2, stepCount, widthPx: ladder.main.widthPx })
    let previous = await codec.resize(decoded, ladder.main.widthPx, ladder.main.heightPx)
    rasters.add(previous)
    release(decoded)
    const encodingMain = encode(previous, ladder.main)
    const encodingCopies: Promise<EncodedDerivative>[] = []
    for (const [index, step] of ladder.derivatives.entries()) {
      report({ type: 'progress', step: step.role, stepIndex: 3 + index, stepCount, widthPx: step.widthPx })
      const next = await codec.resize(previous, step.widthPx, step.heightPx)
      rasters.add(next)
      release(previous)
      previous = next
      encodingCopies.push(encode(next, step))
    }
    const [main, derivatives] = await Promise.all([encodingMain, Promise.all(encodingCopies)])
    const cropTrusted = header.orientation === 1
    const { projection, warnings } = photoProjection(header.gpano, source, ladder.main, cropTrusted)
    const isSmaller = ladder.main.widthPx < source.widthPx
    const madeSmaller = isSmaller ? [photoWarning('made-smaller', ladder.main.widthPx, ladder.main.heightPx)] : []
    const initialView = photoInitialView(header.gpano)
    return {
      fileName: file.name,
      sourceMime: header.mime,
      sourceWidthPx: source.widthPx,
      sourceHeightPx: source.heightPx,
      main,
      derivatives,
      projection,
      ...photoPose(header.gpano),
      ...(initialView ? { initialView } : {}),
      warnings: [...headerWarnings(header), ...madeSmaller, ...warnings],
    }
  } catch (error) {
    throw error instanceof PhotoImportError ? error : new PhotoImportError('encode-failed', file.name, {}, detailOf(error))
  } finally {
    for (const raster of [...rasters]) release(raster)
  }
}
