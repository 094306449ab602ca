/**
 * Photo import (issue #5, reliability-a11y.md B-30..B-38): a photo file becomes panorama media in a
 * Web Worker. Call `importPhoto(file, { onProgress, signal })`; show `<PhotoImportProgress>` meanwhile.
 */
export { importPhoto } from './import-photo'
export type { ImportPhotoOptions, PhotoImportStatus, PhotoImportWorker } from './import-photo'
export { PhotoImportProgress } from './photo-import-progress'
export type { PhotoImportProgressProps } from './photo-import-progress'
export { isPhotoImportError, PhotoImportError, photoImportMessage } from './photo-import-error'
export type { PhotoImportErrorCode, PhotoImportErrorParams } from './photo-import-error'
export type { PhotoImportWarning, PhotoImportWarningCode } from './photo-import-warning'
export type { EncodedDerivative, EncodedImage, ImportedPhoto, PhotoImportStep } from './photo-import-protocol'
export type { PhotoInitialView, PhotoPose } from './gpano-view'
export type { PhotoProjection } from './gpano-projection'
export type { PhotoMime } from './sniff-image-type'
export { photoLimits } from './photo-limits'
export { PhotoImportNotes } from './photo-import-notes'
export type { PhotoImportNotesProps } from './photo-import-notes'
