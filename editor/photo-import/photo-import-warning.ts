import { warningStrings } from './strings'

/** Stable codes for things the author should know about an imported photo. */
export type PhotoImportWarningCode = keyof typeof warningStrings

/** A note about an imported photo: a stable code and a plain-language message. */
export type PhotoImportWarning = { code: PhotoImportWarningCode; message: string }

/** Builds a warning with its message from `strings.ts`. */
export const photoWarning = <C extends PhotoImportWarningCode>(
  code: C,
  ...args: Parameters<(typeof warningStrings)[C]>
): PhotoImportWarning => ({ code, message: (warningStrings[code] as (...values: unknown[]) => string)(...args) })
