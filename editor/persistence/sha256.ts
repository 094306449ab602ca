/** The sha-256 of some bytes as 64 lowercase hex digits (Web Crypto; browsers and Node ≥ 19). */
export const sha256Hex = async (bytes: ArrayBuffer | Uint8Array): Promise<string> => {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  const digest = await globalThis.crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>)
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** A standalone copy of the bytes as an ArrayBuffer (what the media store keeps, A-P10). */
export const toArrayBuffer = (bytes: ArrayBuffer | Uint8Array): ArrayBuffer => {
  if (bytes instanceof ArrayBuffer) return bytes.slice(0)
  const copy = new ArrayBuffer(bytes.byteLength)
  new Uint8Array(copy).set(bytes)
  return copy
}
