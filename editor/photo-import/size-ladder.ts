import { photoLimits } from './photo-limits'

/** A picture size in pixels. */
export type SizePx = { widthPx: number; heightPx: number }

/** One smaller copy to make: a downscaled size for weaker devices, or the tiny preview. */
export type LadderStep = SizePx & { role: 'downscaled' | 'preview' }

/** The sizes to make from a photo: the main image and its smaller copies, largest first. */
export type SizeLadder = { main: SizePx; derivatives: LadderStep[] }

/** The size scaled down (never up) so that its longest side is at most `maxSidePx`; sides stay ≥ 1. */
export const fitWithin = (size: SizePx, maxSidePx: number): SizePx => {
  const scale = Math.min(1, maxSidePx / Math.max(size.widthPx, size.heightPx))
  if (scale === 1) return { widthPx: size.widthPx, heightPx: size.heightPx }
  return {
    widthPx: Math.max(1, Math.round(size.widthPx * scale)),
    heightPx: Math.max(1, Math.round(size.heightPx * scale)),
  }
}

/**
 * The B-34 ladder for a decoded photo: the main image at most 8192 px on its longest side; a 4096 px
 * copy when the main image is larger than 4096, a 2048 px copy when it is larger than 2048; and a
 * 256 px preview always (for a 2:1 panorama "longest side" is the width).
 */
export const planSizeLadder = (source: SizePx): SizeLadder => {
  const main = fitWithin(source, photoLimits.mainMaxSidePx)
  const longest = Math.max(main.widthPx, main.heightPx)
  const derivatives: LadderStep[] = photoLimits.downscaledMaxSidesPx
    .filter((sidePx) => longest > sidePx)
    .map((sidePx) => ({ role: 'downscaled', ...fitWithin(main, sidePx) }))
  derivatives.push({ role: 'preview', ...fitWithin(main, photoLimits.previewMaxSidePx) })
  return { main, derivatives }
}
