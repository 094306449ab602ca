const table = (() => {
  const entries = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    entries[n] = c >>> 0
  }
  return entries
})()

/**
 * CRC-32 as zip uses it, fed chunk by chunk (fflate does not check it on extract, B-12):
 * `let crc = crc32Start; crc = crc32Update(crc, chunk); … crc32Finish(crc)`.
 */
export const crc32Start = 0xffffffff

/** Adds a chunk to a running CRC-32. */
export const crc32Update = (crc: number, chunk: Uint8Array): number => {
  let c = crc
  for (let i = 0; i < chunk.length; i++) c = table[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8)
  return c
}

/** The CRC-32 of everything added, as an unsigned 32-bit number. */
export const crc32Finish = (crc: number): number => (crc ^ 0xffffffff) >>> 0
