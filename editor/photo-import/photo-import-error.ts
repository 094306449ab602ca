import { photoLimits } from './photo-limits'
import { errorStrings } from './strings'

/** Stable codes for why a photo could not be imported. */
export type PhotoImportErrorCode = keyof typeof errorStrings

/** Numbers and names some messages need (the sizes that were too large, what the file looked like). */
export type PhotoImportErrorParams = { bytes?: number; widthPx?: number; heightPx?: number; looksLike?: string }

/** The plain-language message for a code, naming the file. */
export const photoImportMessage = (
  code: PhotoImportErrorCode,
  fileName: string,
  params: PhotoImportErrorParams = {},
): string => {
  switch (code) {
    case 'file-too-large':
      return errorStrings[code](fileName, params.bytes ?? 0, photoLimits.maxFileBytes)
    case 'not-an-image':
      return errorStrings[code](fileName, params.looksLike ?? 'unknown')
    case 'too-many-pixels':
      return errorStrings[code](fileName, params.widthPx ?? 0, params.heightPx ?? 0, photoLimits.maxSidePx, Math.round(photoLimits.maxPixels / 1e6))
    default:
      return errorStrings[code](fileName)
  }
}

/**
 * Why a photo could not be imported: a stable `code` for code and tests, a plain-language `message`
 * naming the file (B-30..B-33) for people, and technical `detail` for a "details" toggle.
 */
export class PhotoImportError extends Error {
  override readonly name = 'PhotoImportError'
  readonly code: PhotoImportErrorCode
  readonly fileName: string
  readonly params: PhotoImportErrorParams
  readonly detail: string | undefined

  constructor(code: PhotoImportErrorCode, fileName: string, params: PhotoImportErrorParams = {}, detail?: string) {
    super(photoImportMessage(code, fileName, params))
    this.code = code
    this.fileName = fileName
    this.params = params
    this.detail = detail
  }
}

/** True for a `PhotoImportError` (also one rebuilt from a worker message). */
export const isPhotoImportError = (error: unknown): error is PhotoImportError => error instanceof PhotoImportError
