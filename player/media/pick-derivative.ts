/**
 * Which files of a panorama to load: the tiny preview (shown at once) and the largest size that fits
 * the device's texture limit. When nothing fits, the smallest file is decoded and scaled down to fit.
 */
export type ImageFile = { path: string; widthPx: number; heightPx: number }

/** The parts of a panorama asset (story-schema's `PanoramaAsset`) that say which files it has. */
export type PanoramaFilesSource = ImageFile & { derivatives: readonly (ImageFile & { role: 'preview' | 'downscaled' })[] }

export type PanoramaFiles = {
  preview: ImageFile | null
  full: ImageFile
  /** Scale the full file down to this size while decoding (only when no file fits). */
  resizeTo: { widthPx: number; heightPx: number } | null
}

export const pickPanoramaFiles = (asset: PanoramaFilesSource, limitPx: number): PanoramaFiles => {
  const previews = asset.derivatives.filter((d) => d.role === 'preview').sort((a, b) => a.widthPx - b.widthPx)
  const sizes: ImageFile[] = [asset, ...asset.derivatives.filter((d) => d.role === 'downscaled')]
  const fits = (f: ImageFile) => f.widthPx <= limitPx && f.heightPx <= limitPx
  const fitting = sizes.filter(fits).sort((a, b) => b.widthPx - a.widthPx)
  const preview = previews[0] ?? null
  if (fitting[0]) return { preview: preview && preview.path !== fitting[0].path ? preview : null, full: fitting[0], resizeTo: null }
  const smallest = [...sizes].sort((a, b) => a.widthPx - b.widthPx)[0] ?? asset
  const scale = limitPx / Math.max(smallest.widthPx, smallest.heightPx)
  return {
    preview,
    full: smallest,
    resizeTo: { widthPx: Math.floor(smallest.widthPx * scale), heightPx: Math.floor(smallest.heightPx * scale) },
  }
}
