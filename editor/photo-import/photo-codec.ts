/** A decoded or resized picture held by a codec (an ImageBitmap or a canvas in the browser). */
export type Raster = { readonly widthPx: number; readonly heightPx: number }

/**
 * The pixel work of an import, kept behind an interface so the pipeline runs in Node tests with a
 * fake and in the worker with OffscreenCanvas (`offscreen-codec.ts`).
 */
export type PhotoCodec<R extends Raster = Raster> = {
  /** Decodes the file with its EXIF orientation applied; rejects when the data is corrupt or cut off. */
  decode(file: Blob): Promise<R>
  /**
   * `source` at this size, transparent parts filled with black (once encoded). At the same size the
   * codec may take `source`'s pixels over instead of copying them: `source` is then only released.
   */
  resize(source: R, widthPx: number, heightPx: number): Promise<R>
  /**
   * JPEG bytes of the raster; the result carries no EXIF, GPS or XMP (B-38). It takes the pixels it
   * needs when called, so the raster may be released (or another encode started) before it settles.
   */
  encodeJpeg(raster: R, quality: number): Promise<ArrayBuffer>
  /** Frees the raster's memory. */
  release(raster: R): void
}
