import { Inflate } from 'fflate'
import { u16le, u32le } from '../photo-import/byte-reader'
import { crc32Finish, crc32Start, crc32Update } from './crc32'
import { PackageError } from './package-error'
import type { ZipEntry } from './zip-directory'

/** Where an entry's packed bytes lie in the file, after checking its local header against the directory. */
export const entryDataRange = async (blob: Blob, entry: ZipEntry, dataEndLimit: number): Promise<{ start: number; end: number }> => {
  const header = new Uint8Array(await blob.slice(entry.localOffset, entry.localOffset + 30).arrayBuffer())
  if (u32le(header, 0) !== 0x04034b50) throw new PackageError('incomplete', { names: [entry.name] }, 'no local header')
  const nameBytes = u16le(header, 26) ?? 0
  const localName = new Uint8Array(await blob.slice(entry.localOffset + 30, entry.localOffset + 30 + nameBytes).arrayBuffer())
  const expected = new TextEncoder().encode(entry.name)
  const sameName = (entry.flags & 0x800) === 0 ? localName.length === entry.name.length : localName.length === expected.length && localName.every((byte, i) => byte === expected[i])
  if (!sameName || (u16le(header, 8) ?? -1) !== entry.method) throw new PackageError('damaged', { names: [entry.name] }, 'local header differs from the directory')
  const start = entry.localOffset + 30 + nameBytes + (u16le(header, 28) ?? 0)
  const end = start + entry.packedBytes
  if (end > dataEndLimit) throw new PackageError('incomplete', { names: [entry.name] }, 'data runs past the directory')
  return { start, end }
}

/**
 * Packed bytes handed to the inflater at a time: DEFLATE expands at most about 1032:1, so one push
 * can produce at most ~16 MiB before the counter below sees it (B-3: bounded memory for a bomb).
 */
const pushBytes = 16 * 1024

/** How reading an entry goes: `onPackedBytes` after each chunk read from the file, for progress. */
export type ReadEntryOptions = { maxBytes: number; onPackedBytes?: (bytes: number) => void; signal?: AbortSignal }

/**
 * Unpacks one entry from `[start, end)` of the file as a stream (fflate's streaming `Inflate`, or the
 * bytes as they are for STORE), counting the bytes actually unpacked: more than declared (B-4) or
 * than `maxBytes` (B-3) stops at once; fewer than declared, a broken deflate stream or a CRC-32
 * mismatch (B-12) is refused. Memory holds this one file only.
 */
export const readZipEntry = async (blob: Blob, entry: ZipEntry, range: { start: number; end: number }, options: ReadEntryOptions): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = []
  let unpacked = 0
  let crc = crc32Start
  const take = (chunk: Uint8Array) => {
    unpacked += chunk.length
    if (unpacked > options.maxBytes) throw new PackageError('too-large', { names: [entry.name] }, `more than ${options.maxBytes} bytes unpacked`)
    if (unpacked > entry.unpackedBytes) throw new PackageError('size-mismatch', { names: [entry.name] }, `more than the declared ${entry.unpackedBytes} bytes`)
    crc = crc32Update(crc, chunk)
    chunks.push(chunk)
  }
  const inflater = entry.method === 8 ? new Inflate((chunk) => take(chunk)) : null
  const reader = blob.slice(range.start, range.end).stream().getReader()
  try {
    for (;;) {
      if (options.signal?.aborted) throw options.signal.reason
      const { done, value } = await reader.read()
      if (done) break
      if (inflater) for (let at = 0; at < value.length; at += pushBytes) inflater.push(value.subarray(at, at + pushBytes), false)
      else take(value.slice())
      options.onPackedBytes?.(value.length)
    }
    inflater?.push(new Uint8Array(0), true)
  } catch (error) {
    if (error instanceof PackageError || options.signal?.aborted) throw error
    throw new PackageError('damaged', { names: [entry.name] }, error instanceof Error ? error.message : String(error))
  } finally {
    void reader.cancel().catch(() => undefined)
  }
  if (unpacked !== entry.unpackedBytes) throw new PackageError('size-mismatch', { names: [entry.name] }, `${unpacked} bytes, declared ${entry.unpackedBytes}`)
  if (crc32Finish(crc) !== entry.crc32) throw new PackageError('damaged', { names: [entry.name] }, 'CRC-32 mismatch')
  const bytes = new Uint8Array(unpacked)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return bytes
}
