/**
 * Fetches and decodes an image off the main thread (createImageBitmap), top row first, without
 * premultiplied alpha, converted to sRGB when the photo carries another colour profile (phones write
 * Display P3), optionally scaled down while decoding. Rejects on HTTP errors and corrupt files.
 */
export const decodeImage = async (
  url: string,
  resizeTo: { widthPx: number; heightPx: number } | null,
  signal?: AbortSignal,
): Promise<ImageBitmap> => {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`)
  const blob = await response.blob()
  const options: ImageBitmapOptions = { premultiplyAlpha: 'none', colorSpaceConversion: 'default' }
  if (resizeTo) Object.assign(options, { resizeWidth: resizeTo.widthPx, resizeHeight: resizeTo.heightPx, resizeQuality: 'high' })
  return createImageBitmap(blob, options)
}
