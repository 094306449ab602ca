/**
 * Bounds-checked reads from untrusted bytes. Every reader returns undefined instead of reading past
 * the end, so a truncated or hostile header can never throw or read garbage.
 */
export type Bytes = Uint8Array

/** Unsigned 16-bit big-endian at `at`. */
export const u16be = (bytes: Bytes, at: number): number | undefined =>
  at >= 0 && at + 2 <= bytes.length ? (bytes[at]! << 8) | bytes[at + 1]! : undefined

/** Unsigned 32-bit big-endian at `at`. */
export const u32be = (bytes: Bytes, at: number): number | undefined =>
  at >= 0 && at + 4 <= bytes.length
    ? bytes[at]! * 0x1000000 + ((bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!)
    : undefined

/** Unsigned 16-bit little-endian at `at`. */
export const u16le = (bytes: Bytes, at: number): number | undefined =>
  at >= 0 && at + 2 <= bytes.length ? bytes[at]! | (bytes[at + 1]! << 8) : undefined

/** Unsigned 24-bit little-endian at `at`. */
export const u24le = (bytes: Bytes, at: number): number | undefined =>
  at >= 0 && at + 3 <= bytes.length ? bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) : undefined

/** Unsigned 32-bit little-endian at `at`. */
export const u32le = (bytes: Bytes, at: number): number | undefined =>
  at >= 0 && at + 4 <= bytes.length
    ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000
    : undefined

/** `length` bytes at `at` as Latin-1 text (one character per byte), or undefined past the end. */
export const latin1 = (bytes: Bytes, at: number, length: number): string | undefined => {
  if (at < 0 || at + length > bytes.length) return undefined
  let text = ''
  for (let i = at; i < at + length; i++) text += String.fromCharCode(bytes[i]!)
  return text
}

/** True when the bytes at `at` are exactly `expected`. */
export const bytesEqual = (bytes: Bytes, at: number, expected: readonly number[]): boolean =>
  at >= 0 && at + expected.length <= bytes.length && expected.every((value, i) => bytes[at + i] === value)
