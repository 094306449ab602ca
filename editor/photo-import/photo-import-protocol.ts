import type { PhotoInitialView, PhotoPose } from './gpano-view'
import type { PhotoProjection } from './gpano-projection'
import type { PhotoImportErrorCode, PhotoImportErrorParams } from './photo-import-error'
import type { PhotoImportWarning } from './photo-import-warning'
import type { PhotoMime } from './sniff-image-type'

/**
 * A file made by the import: JPEG bytes (a transferable ArrayBuffer), its size, and the bytes' sha-256
 * (64 lowercase hex digits) when the worker could hash them (Web Crypto), so the page does not.
 */
export type EncodedImage = { bytes: ArrayBuffer; mime: 'image/jpeg'; widthPx: number; heightPx: number; sha256?: string }

/** A smaller copy, as story-schema's `Derivative` without path and hash (the caller's storage adds those). */
export type EncodedDerivative = EncodedImage & { role: 'downscaled' | 'preview' }

/**
 * A photo turned into panorama media: the main image (at most 8192 px), smaller copies, how it covers
 * the sphere, the camera pose and initial view from GPano, and notes for the author. Package paths and
 * storage are the caller's business.
 */
export type ImportedPhoto = PhotoPose & {
  fileName: string
  /** The type the original file really was (sniffed from its bytes). */
  sourceMime: PhotoMime
  /** The decoded size of the original, after EXIF rotation. */
  sourceWidthPx: number
  sourceHeightPx: number
  main: EncodedImage
  derivatives: EncodedDerivative[]
  projection: PhotoProjection
  initialView?: PhotoInitialView
  warnings: PhotoImportWarning[]
}

/** The steps of an import, in order; `downscaled` and `preview` repeat per copy. */
export type PhotoImportStep = 'reading' | 'decoding' | 'main' | 'downscaled' | 'preview'

/** Progress from the worker: which step has started, its place among all steps, and the size being made. */
export type PhotoImportProgressMessage = {
  type: 'progress'
  step: PhotoImportStep
  stepIndex: number
  stepCount: number
  widthPx?: number
}

/** Main thread → worker. */
export type PhotoImportRequest = { type: 'import'; file: File }

/** Worker → main thread. */
export type PhotoImportResponse =
  | PhotoImportProgressMessage
  | { type: 'result'; photo: ImportedPhoto }
  | { type: 'error'; code: PhotoImportErrorCode; params: PhotoImportErrorParams; detail?: string }
