import type { ImportedPhoto } from '../photo-import-protocol'

const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer

/**
 * An `ImportedPhoto` as `importPhoto` answers it, with tiny made-up JPEG "bytes" (different per
 * `name`, so each photo has its own sha-256): a 4096 × 2048 main picture, a 2048 copy and a preview.
 */
export const fakeImportedPhoto = (name = 'Our yard.jpg', overrides: Partial<ImportedPhoto> = {}): ImportedPhoto => ({
  fileName: name,
  sourceMime: 'image/jpeg',
  sourceWidthPx: 4096,
  sourceHeightPx: 2048,
  main: { bytes: bytesOf(`main of ${name}`), mime: 'image/jpeg', widthPx: 4096, heightPx: 2048 },
  derivatives: [
    { bytes: bytesOf(`2048 of ${name}`), mime: 'image/jpeg', widthPx: 2048, heightPx: 1024, role: 'downscaled' },
    { bytes: bytesOf(`preview of ${name}`), mime: 'image/jpeg', widthPx: 256, heightPx: 128, role: 'preview' },
  ],
  projection: { type: 'full' },
  warnings: [],
  ...overrides,
})
