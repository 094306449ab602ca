/** Limits of the share server (B-3, B-7, B-17). Starting points; a workshop laptop has room for much more. */
export const shareLimits = {
  /** The whole upload (a published website zip). */
  uploadBytes: 200 * 1024 * 1024,
  /** One file once unpacked. */
  fileBytes: 64 * 1024 * 1024,
  /** All files once unpacked. */
  totalBytes: 400 * 1024 * 1024,
  /** Files in one upload. */
  files: 2000,
} as const

export type ShareLimits = { [K in keyof typeof shareLimits]: number }
