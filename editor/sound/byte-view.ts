/** The bytes of a file, or its first part. */
export type Bytes = Uint8Array

/** `length` bytes at `offset` as Latin-1 text, or undefined when the file is shorter. */
export const latin1At = (bytes: Bytes, offset: number, length: number): string | undefined => {
  if (offset < 0 || offset + length > bytes.length) return undefined
  let text = ''
  for (let i = offset; i < offset + length; i++) text += String.fromCharCode(bytes[i]!)
  return text
}

/** The little-endian unsigned 32-bit number at `offset`, or undefined past the end. */
export const uint32LE = (bytes: Bytes, offset: number): number | undefined =>
  offset + 4 > bytes.length ? undefined : (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16)) + bytes[offset + 3]! * 0x1000000

/** The little-endian unsigned 16-bit number at `offset`, or undefined past the end. */
export const uint16LE = (bytes: Bytes, offset: number): number | undefined =>
  offset + 2 > bytes.length ? undefined : bytes[offset]! | (bytes[offset + 1]! << 8)
