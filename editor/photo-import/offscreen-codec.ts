import type { PhotoCodec } from './photo-codec'

/** A picture in the worker: the decoded ImageBitmap, or an OffscreenCanvas made by resizing. */
export type CanvasRaster = { widthPx: number; heightPx: number; image: ImageBitmap | OffscreenCanvas }

/** True when this context has what the codec needs (a worker with createImageBitmap and a 2D OffscreenCanvas). */
export const canUseOffscreenCodec = (): boolean =>
  typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function'

/**
 * Draws `image` into a new opaque canvas of this size: black first, so transparency becomes black.
 * `willReadFrequently` asks for a canvas in memory rather than on the GPU: every canvas here is read
 * back whole by `convertToBlob`, and reading a GPU canvas back (and tearing its GPU context down when
 * the worker ends) cost more than the drawing itself: measured in Chromium, an 8192 × 4096 import took
 * 3.9 s on the GPU path and 1.4 s in memory, and ending the worker blocked the page for 150–180 ms.
 */
const drawInto = (image: CanvasImageSource, widthPx: number, heightPx: number): OffscreenCanvas => {
  const canvas = new OffscreenCanvas(widthPx, heightPx)
  const context = canvas.getContext('2d', { alpha: false, willReadFrequently: true })
  if (!context) throw new Error(`No 2D context for a ${widthPx} × ${heightPx} canvas`)
  context.fillStyle = '#000'
  context.fillRect(0, 0, widthPx, heightPx)
  context.imageSmoothingEnabled = true
  context.imageSmoothingQuality = 'high'
  context.drawImage(image, 0, 0, widthPx, heightPx)
  return canvas
}

const free = (image: ImageBitmap | OffscreenCanvas) => {
  if ('close' in image) image.close()
  else {
    image.width = 0
    image.height = 0
  }
}

/**
 * The worker's codec: `createImageBitmap(file, { imageOrientation: 'from-image' })` decodes with EXIF
 * rotation applied (and rejects corrupt data); resizing halves step by step (each draw at most 2:1,
 * so the preview isn't aliased), and a decoded bitmap "resized" to its own size is handed over to a
 * canvas as it is (it is used up; release it as usual); `convertToBlob` writes a fresh JPEG with no
 * metadata (B-38). It takes its copy of the pixels when called, so the raster may be released before
 * the JPEG is done.
 */
export const offscreenCodec: PhotoCodec<CanvasRaster> = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
    return { widthPx: bitmap.width, heightPx: bitmap.height, image: bitmap }
  },
  async resize(source, widthPx, heightPx) {
    if (source.image instanceof ImageBitmap && source.widthPx === widthPx && source.heightPx === heightPx) {
      // Same size (a photo of at most 8192 px): the decoded pixels go into a canvas as they are, with
      // no drawing and no second 128 MB copy. JPEG encoding composites them onto black, as drawInto does.
      const canvas = new OffscreenCanvas(widthPx, heightPx)
      const context = canvas.getContext('bitmaprenderer')
      if (context) {
        context.transferFromImageBitmap(source.image)
        return { widthPx, heightPx, image: canvas }
      }
    }
    let current: CanvasRaster = source
    while (current.widthPx > widthPx * 2 && current.heightPx > heightPx * 2) {
      const halfW = Math.ceil(current.widthPx / 2)
      const halfH = Math.ceil(current.heightPx / 2)
      const half = { widthPx: halfW, heightPx: halfH, image: drawInto(current.image, halfW, halfH) }
      if (current !== source) free(current.image)
      current = half
    }
    const result = { widthPx, heightPx, image: drawInto(current.image, widthPx, heightPx) }
    if (current !== source) free(current.image)
    return result
  },
  async encodeJpeg(raster, quality) {
    const canvas = raster.image instanceof OffscreenCanvas ? raster.image : drawInto(raster.image, raster.widthPx, raster.heightPx)
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality })
    if (canvas !== raster.image) free(canvas)
    if (blob.type !== 'image/jpeg') throw new Error(`The browser wrote ${blob.type || 'an unknown type'} instead of JPEG`)
    return blob.arrayBuffer()
  },
  release(raster) {
    free(raster.image)
  },
}
