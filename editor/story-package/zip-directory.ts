import { u16le, u32le } from '../photo-import/byte-reader'
import { PackageError } from './package-error'
import { packageLimits } from './package-limits'

/** One entry of a zip's central directory: what the zip says about a file, before reading it. */
export type ZipEntry = {
  /** The name as stored (UTF-8, or Latin-1 without the UTF-8 flag); checked by package-names.ts. */
  name: string
  method: number
  flags: number
  crc32: number
  packedBytes: number
  unpackedBytes: number
  localOffset: number
  /** A Unix symlink or other non-regular file (B-14). */
  isLink: boolean
}

/** The entries and where the central directory starts (file data must end before it). */
export type ZipDirectory = { entries: ZipEntry[]; directoryOffset: number }

const localSignature = [0x50, 0x4b, 0x03, 0x04]
const emptySignature = [0x50, 0x4b, 0x05, 0x06]
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)

const readBytes = async (blob: Blob, start: number, end: number): Promise<Uint8Array> =>
  new Uint8Array(await blob.slice(start, end).arrayBuffer())

/** The end-of-central-directory record's offset inside `tail`, or -1 (B-1, B-2). */
const findEnd = (tail: Uint8Array): number => {
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32le(tail, at) === 0x06054b50 && at + 22 + (u16le(tail, at + 20) ?? -1) === tail.length) return at
  }
  return -1
}

const utf8 = new TextDecoder('utf-8')
const latin1 = new TextDecoder('latin1')
const decodeName = (bytes: Uint8Array, flags: number): string => ((flags & 0x800) !== 0 ? utf8 : latin1).decode(bytes)

const readEntry = (directory: Uint8Array, at: number): { entry: ZipEntry; next: number } => {
  if (u32le(directory, at) !== 0x02014b50) throw new PackageError('incomplete', {}, `no central header at ${at}`)
  const field16 = (offset: number) => u16le(directory, at + offset) ?? 0
  const field32 = (offset: number) => u32le(directory, at + offset) ?? 0
  const nameBytes = field16(28)
  const next = at + 46 + nameBytes + field16(30) + field16(32)
  if (next > directory.length) throw new PackageError('incomplete', {}, 'central directory cut off')
  const flags = field16(8)
  const hostSystem = field16(4) >> 8
  const unixMode = field32(38) >>> 16
  const entry: ZipEntry = {
    name: decodeName(directory.subarray(at + 46, at + 46 + nameBytes), flags),
    method: field16(10),
    flags,
    crc32: field32(16),
    packedBytes: field32(20),
    unpackedBytes: field32(24),
    localOffset: field32(42),
    isLink: hostSystem === 3 && unixMode !== 0 && (unixMode & 0o170000) !== 0o100000 && (unixMode & 0o170000) !== 0o040000,
  }
  if (entry.packedBytes === 0xffffffff || entry.unpackedBytes === 0xffffffff || entry.localOffset === 0xffffffff) {
    throw new PackageError('unsupported-format', { names: [entry.name] }, 'zip64 entry')
  }
  return { entry, next }
}

/**
 * Reads a zip's central directory from the end of the file, without unpacking anything: B-1 (no
 * `PK\x03\x04` at the start), B-2 (no end record: cut off), B-7 (entry count, before reading the
 * entries), zip64 and multi-disk archives (B-11). Only the tail and the directory are read.
 */
export const readZipDirectory = async (blob: Blob): Promise<ZipDirectory> => {
  const head = await readBytes(blob, 0, 4)
  if (startsWith(head, emptySignature)) return { entries: [], directoryOffset: 0 }
  if (!startsWith(head, localSignature)) throw new PackageError('not-a-zip')
  const tailStart = Math.max(0, blob.size - packageLimits.tailBytes)
  const tail = await readBytes(blob, tailStart, blob.size)
  const end = findEnd(tail)
  if (end < 0) throw new PackageError('incomplete', {}, 'no end of central directory')
  const count = u16le(tail, end + 10) ?? 0
  const directoryBytes = u32le(tail, end + 12) ?? 0
  const directoryOffset = u32le(tail, end + 16) ?? 0
  if ((u16le(tail, end + 4) ?? 0) !== 0 || count === 0xffff || directoryOffset === 0xffffffff) {
    throw new PackageError('unsupported-format', {}, 'zip64 or multi-disk archive')
  }
  if (count > packageLimits.maxEntries) throw new PackageError('too-many-files', {}, `${count} entries`)
  if (directoryOffset + directoryBytes > tailStart + end) throw new PackageError('incomplete', {}, 'central directory outside the file')
  const directory = await readBytes(blob, directoryOffset, directoryOffset + directoryBytes)
  const entries: ZipEntry[] = []
  let at = 0
  for (let index = 0; index < count; index++) {
    const { entry, next } = readEntry(directory, at)
    entries.push(entry)
    at = next
  }
  return { entries, directoryOffset }
}
