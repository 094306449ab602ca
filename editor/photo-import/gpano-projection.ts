import { photoLimits } from './photo-limits'
import { photoWarning } from './photo-import-warning'
import type { PhotoImportWarning } from './photo-import-warning'
import type { SizePx } from './size-ladder'
import type { GPano } from './xmp-gpano'

/** How the picture covers the sphere: story-schema's `Projection` (full, or a GPano-style crop). */
export type PhotoProjection =
  | { type: 'full' }
  | { type: 'partial'; fullWidthPx: number; fullHeightPx: number; cropLeftPx: number; cropTopPx: number }

const maxFullWidthPx = 65_536
const maxFullHeightPx = 32_768

const isTwoToOne = (size: SizePx) => Math.abs(size.widthPx / size.heightPx / 2 - 1) <= photoLimits.fullAspectTolerance

/**
 * The GPano crop scaled to the picture as imported. GPano counts pixels of the image it was written
 * for (`CroppedAreaImageWidthPixels`, or the source's own size when absent); the import may have made
 * it smaller, so every number is scaled by output ÷ cropped. Undefined when the numbers don't fit.
 */
const gpanoCrop = (gpano: GPano, source: SizePx, output: SizePx): PhotoProjection | undefined => {
  const { fullPanoWidthPx: fullW, fullPanoHeightPx: fullH } = gpano
  if (!fullW || !fullH || fullW < 2 || fullH < 1) return undefined
  const croppedW = gpano.croppedAreaImageWidthPx || source.widthPx
  const croppedH = gpano.croppedAreaImageHeightPx || source.heightPx
  const left = gpano.croppedAreaLeftPx ?? 0
  const top = gpano.croppedAreaTopPx ?? 0
  if (left < 0 || top < 0 || left + croppedW > fullW + 1 || top + croppedH > fullH + 1) return undefined
  if (left === 0 && top === 0 && Math.abs(croppedW - fullW) <= 1 && Math.abs(croppedH - fullH) <= 1) return { type: 'full' }
  const scaleX = output.widthPx / croppedW
  const scaleY = output.heightPx / croppedH
  const cropLeftPx = Math.round(left * scaleX)
  const cropTopPx = Math.round(top * scaleY)
  const fullWidthPx = Math.max(Math.round(fullW * scaleX), cropLeftPx + output.widthPx)
  const fullHeightPx = Math.max(Math.round(fullH * scaleY), cropTopPx + output.heightPx)
  if (fullWidthPx > maxFullWidthPx || fullHeightPx > maxFullHeightPx) return undefined
  return { type: 'partial', fullWidthPx, fullHeightPx, cropLeftPx, cropTopPx }
}

/**
 * A photo without panorama information: 2:1 (within 1%) is a full sphere. Wider is a 360° band
 * centred on the horizon (a phone's flat panorama, or a camera that drops rows). Taller covers the
 * whole height, centred on yaw 0, and is most likely not a 360° photo at all.
 */
const guessedProjection = (output: SizePx, warnings: PhotoImportWarning[]): PhotoProjection => {
  const { widthPx, heightPx } = output
  if (isTwoToOne(output)) return { type: 'full' }
  if (widthPx > 2 * heightPx) {
    warnings.push(photoWarning('strip-panorama', widthPx, heightPx))
    const fullHeightPx = Math.round(widthPx / 2)
    return { type: 'partial', fullWidthPx: widthPx, fullHeightPx, cropLeftPx: 0, cropTopPx: Math.floor((fullHeightPx - heightPx) / 2) }
  }
  warnings.push(photoWarning('not-a-panorama', widthPx, heightPx))
  const fullWidthPx = Math.min(maxFullWidthPx, 2 * heightPx)
  return { type: 'partial', fullWidthPx, fullHeightPx: heightPx, cropLeftPx: Math.floor((fullWidthPx - widthPx) / 2), cropTopPx: 0 }
}

/**
 * How an imported photo covers the sphere, in pixels of the main image as imported (`output`):
 * from GPano when it has a usable crop, else guessed from the shape. `source` is the decoded size the
 * GPano numbers refer to; `cropTrusted` is false when EXIF rotation makes GPano's pixels meaningless.
 */
export const photoProjection = (
  gpano: GPano | undefined,
  source: SizePx,
  output: SizePx,
  cropTrusted = true,
): { projection: PhotoProjection; warnings: PhotoImportWarning[] } => {
  const warnings: PhotoImportWarning[] = []
  const projectionType = gpano?.projectionType
  if (projectionType !== undefined && projectionType !== 'equirectangular') {
    warnings.push(photoWarning('unsupported-projection', projectionType))
  }
  const hasCrop = gpano?.fullPanoWidthPx !== undefined || gpano?.fullPanoHeightPx !== undefined
  const isEquirectangular = projectionType === undefined || projectionType === 'equirectangular'
  if (gpano && hasCrop && isEquirectangular) {
    const crop = cropTrusted ? gpanoCrop(gpano, source, output) : undefined
    if (crop) return { projection: crop, warnings }
    warnings.push(photoWarning('panorama-info-ignored'))
  }
  return { projection: guessedProjection(output, warnings), warnings }
}
