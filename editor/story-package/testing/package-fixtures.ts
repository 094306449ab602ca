import type { Story } from '@story-schema'
import { serializeStoryFile } from '@story-schema'
import { zipSync } from 'fflate'
import { makeBlankStory } from '../../library/blank-story'
import type { LibraryStorage } from '../../persistence/library-storage'
import { sha256Hex } from '../../persistence/sha256'
import { jpegBytes } from '../../photo-import/testing/image-fixtures'

/** A WAV file header and a few samples: enough for the magic-byte sniff. */
export const wavBytes = (samples = 8): Uint8Array => {
  const bytes = new Uint8Array(44 + samples * 2)
  const view = new DataView(bytes.buffer)
  const text = (at: number, value: string) => [...value].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)))
  text(0, 'RIFF')
  view.setUint32(4, 36 + samples * 2, true)
  text(8, 'WAVEfmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true)
  view.setUint16(22, 1, true)
  view.setUint32(24, 8000, true)
  view.setUint32(28, 16000, true)
  view.setUint16(32, 2, true)
  view.setUint16(34, 16, true)
  text(36, 'data')
  view.setUint32(40, samples * 2, true)
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, i * 100, true)
  return bytes
}

/**
 * Stores real (header-valid) media and answers a valid story using them: a JPEG panorama with a
 * JPEG preview, and a WAV sound in the assets table. `seed` changes the bytes, so stories differ.
 */
export const storeRealStory = async (storage: LibraryStorage, { title = 'Package test', id, seed = 1 }: { title?: string; id?: string; seed?: number } = {}): Promise<Story> => {
  const pano = jpegBytes({ widthPx: 2048 + seed * 2, heightPx: 1024 + seed })
  const preview = jpegBytes({ widthPx: 256, heightPx: 128 + seed })
  const wav = wavBytes(8 + seed)
  const [a, b, c] = await Promise.all([storage.putMedia(pano, 'image/jpeg'), storage.putMedia(preview, 'image/jpeg'), storage.putMedia(wav, 'audio/wav')])
  if (!a.ok || !b.ok || !c.ok) throw new Error('could not store test media')
  const story = makeBlankStory({
    id,
    title,
    panorama: { sha256: a.sha256, bytes: a.bytes, mime: 'image/jpeg', widthPx: 2048 + seed * 2, heightPx: 1024 + seed },
    preview: { sha256: b.sha256, bytes: b.bytes, mime: 'image/jpeg', widthPx: 256, heightPx: 128 + seed },
  })
  return {
    ...story,
    assets: [
      ...story.assets,
      { id: 'asset:birds' as Story['assets'][number]['id'], kind: 'audio', path: 'audio/birds.wav', mime: 'audio/wav', bytes: c.bytes, sha256: c.sha256, durationMs: 1 },
    ],
  }
}

/**
 * A zip from names and bytes (fflate `zipSync`): JSON deflated, the rest stored unless `deflate`
 * names it. Built on a null-prototype object with defined properties, so "__proto__" is an entry too.
 */
export const zipOf = (files: [string, Uint8Array | string][], { deflate = [] }: { deflate?: string[] } = {}): Uint8Array => {
  const input = Object.create(null) as Parameters<typeof zipSync>[0]
  for (const [name, data] of files) {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
    const level = name.endsWith('.json') || deflate.includes(name) ? 6 : 0
    Object.defineProperty(input, name, { value: [bytes, { level }], enumerable: true })
  }
  return zipSync(input)
}

/** A hand-made package: the story's story.json and the given media bytes at their paths (no manifest). */
export const packageOf = (story: Story, media: [string, Uint8Array][], extra: [string, Uint8Array | string][] = []): Uint8Array =>
  zipOf([['story.json', serializeStoryFile(story)], ...media, ...extra])

/** The story with one asset's record changed to describe other bytes (path, MIME, size and sha-256). */
export const withAssetFile = async (story: Story, index: number, file: { path: string; mime: string; bytes: Uint8Array }): Promise<Story> => {
  const sha256 = await sha256Hex(file.bytes)
  const assets = story.assets.map((asset, i) =>
    i === index ? { ...asset, path: file.path, mime: file.mime, bytes: file.bytes.length, sha256, ...('derivatives' in asset ? { derivatives: [] } : {}) } : asset,
  )
  return { ...story, assets: assets as Story['assets'] }
}

/** Offsets of every central-directory header of a zip, in order. */
export const centralHeaders = (zip: Uint8Array): number[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let end = zip.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const found: number[] = []
  for (let i = 0; i < count; i++) {
    found.push(at)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return found
}

/** The name of the central entry at `at`. */
const nameAt = (zip: Uint8Array, at: number): string => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  return new TextDecoder().decode(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)))
}

/**
 * A copy of the zip with fields of one entry changed, in its central header (`central`: offsets
 * from the header start) and its local header (`local`). Values are written little-endian, with the
 * byte count given.
 */
export const patchEntry = (
  zip: Uint8Array,
  name: string,
  { central = [], local = [] }: { central?: [number, number, 2 | 4][]; local?: [number, number, 2 | 4][] },
): Uint8Array => {
  const copy = zip.slice()
  const view = new DataView(copy.buffer)
  const header = centralHeaders(copy).find((at) => nameAt(copy, at) === name)
  if (header === undefined) throw new Error(`no entry ${name}`)
  const localAt = view.getUint32(header + 42, true)
  const write = (at: number, value: number, size: 2 | 4) => (size === 2 ? view.setUint16(at, value, true) : view.setUint32(at, value >>> 0, true))
  for (const [offset, value, size] of central) write(header + offset, value, size)
  for (const [offset, value, size] of local) write(localAt + offset, value, size)
  return copy
}

/** A copy of the zip with every occurrence (local and central) of an entry name replaced by a name of the same byte length. */
export const renameEntry = (zip: Uint8Array, from: string, to: string): Uint8Array => {
  const a = new TextEncoder().encode(from)
  const b = new TextEncoder().encode(to)
  if (a.length !== b.length) throw new Error('names must have the same byte length')
  const copy = zip.slice()
  for (let at = 0; at + a.length <= copy.length; at++) if (a.every((byte, i) => copy[at + i] === byte)) copy.set(b, at)
  return copy
}
