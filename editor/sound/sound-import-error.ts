import { soundLimits } from './sound-limits'
import { soundErrorStrings } from './strings'

/** Stable codes for why a sound could not be imported. */
export type SoundImportErrorCode = keyof typeof soundErrorStrings

/** Numbers and names some messages need. */
export type SoundImportErrorParams = { bytes?: number; maxBytes?: number; durationMs?: number; looksLike?: string }

const message = (code: SoundImportErrorCode, fileName: string, params: SoundImportErrorParams): string => {
  switch (code) {
    case 'file-too-large':
      return soundErrorStrings[code](fileName, params.bytes ?? 0, params.maxBytes ?? soundLimits.maxFileBytes)
    case 'not-a-sound':
      return soundErrorStrings[code](fileName, params.looksLike ?? 'unknown')
    case 'too-long':
      return soundErrorStrings[code](fileName, params.durationMs ?? 0, soundLimits.maxDurationMs)
    default:
      return soundErrorStrings[code](fileName)
  }
}

/** Why a sound could not be imported: a stable `code`, a plain-language `message` naming the file (B-36, B-37). */
export class SoundImportError extends Error {
  override readonly name = 'SoundImportError'
  readonly code: SoundImportErrorCode
  readonly fileName: string
  readonly detail: string | undefined

  constructor(code: SoundImportErrorCode, fileName: string, params: SoundImportErrorParams = {}, detail?: string) {
    super(message(code, fileName, params))
    this.code = code
    this.fileName = fileName
    this.detail = detail
  }
}

/** True for a `SoundImportError`. */
export const isSoundImportError = (error: unknown): error is SoundImportError => error instanceof SoundImportError
