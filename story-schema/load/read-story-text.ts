/**
 * Turns file bytes (or text) into text (B-16, B-17): the size is checked before anything is decoded,
 * bytes must be UTF-8 (a fatal decoder, so a Latin-1 or binary file is refused rather than garbled),
 * and a byte-order mark at the start is tolerated.
 */
export type ReadTextResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'tooLarge'; bytes: number; maxBytes: number }
  | { ok: false; reason: 'notText'; detail: string }

/** True for an ArrayBuffer, also one made in another realm (an iframe, a worker). */
export const isArrayBuffer = (value: unknown): value is ArrayBuffer =>
  value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]'

/** The UTF-8 size of `text` in bytes, counted without allocating; stops early once past `stopAfter`. */
export const utf8ByteLength = (text: string, stopAfter: number = Number.POSITIVE_INFINITY): number => {
  let bytes = 0
  for (let index = 0; index < text.length && bytes <= stopAfter; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        index += 1
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

const byteOrderMark = '\uFEFF'

/** Decodes story bytes or checks story text; `maxBytes` is the cap (limits.storyFileMaxBytes). */
export const readStoryText = (input: string | Uint8Array | ArrayBuffer, maxBytes: number): ReadTextResult => {
  if (typeof input === 'string') {
    // Every UTF-16 code unit takes at least one byte, so a long string is refused without counting.
    const bytes = input.length > maxBytes ? input.length : utf8ByteLength(input, maxBytes)
    if (bytes > maxBytes) return { ok: false, reason: 'tooLarge', bytes, maxBytes }
    return { ok: true, text: input.startsWith(byteOrderMark) ? input.slice(1) : input }
  }
  const bytes = isArrayBuffer(input) ? new Uint8Array(input) : input
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'tooLarge', bytes: bytes.byteLength, maxBytes }
  try {
    // ignoreBOM: false (the default) removes a leading UTF-8 byte-order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch (error) {
    return { ok: false, reason: 'notText', detail: error instanceof Error ? error.message : String(error) }
  }
}
