import type { DecodedSound, SoundCodec } from '../sound-codec'

/**
 * A `SoundCodec` for Node tests: answers `decoded` (or rejects when it is null), renders `durationMs` of
 * a 0.5 tone, and "encodes Opus" as `opusBytes` zero bytes (null without it: no encoder).
 */
export const fakeSoundCodec = (decoded: DecodedSound | null, opusBytes?: number): SoundCodec & { renders: number } => {
  const codec = {
    renders: 0,
    encodeOpus: () => Promise.resolve(opusBytes === undefined ? null : new Uint8Array(opusBytes)),
    decode: () => (decoded ? Promise.resolve(decoded) : Promise.reject(new Error('EncodingError: Unable to decode audio data'))),
    renderMono: (_bytes: ArrayBuffer, sampleRateHz: number) => {
      codec.renders++
      return Promise.resolve(new Float32Array(Math.round(((decoded?.durationMs ?? 0) / 1000) * sampleRateHz)).fill(0.5))
    },
  }
  return codec
}

/** A file-like object from bytes, with a name (what `importSound` reads). */
export const soundFile = (name: string, bytes: Uint8Array, size = bytes.length) => {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>])
  return { name, size, slice: blob.slice.bind(blob), arrayBuffer: () => blob.arrayBuffer() }
}

/** The first bytes of real files made by tests/fixtures/sounds/make-sound-fixtures.sh (sox, ffmpeg). */
export const headers = {
  wav: [0x52, 0x49, 0x46, 0x46, 0xf0, 0x04, 0x02, 0x00, 0x57, 0x41, 0x56, 0x45, 0x66, 0x6d, 0x74, 0x20],
  m4a: [0x00, 0x00, 0x00, 0x1c, 0x66, 0x74, 0x79, 0x70, 0x4d, 0x34, 0x41, 0x20, 0x00, 0x00, 0x02, 0x00],
  mp3Id3: [0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a],
  mp3Frame: [0xff, 0xfb, 0x50, 0xc0, 0x00, 0x00],
  aacAdts: [0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc],
  opus: [
    ...[0x4f, 0x67, 0x67, 0x53, 0x00, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x28, 0xb5, 0x72, 0x01, 0x13],
    ...[0x4f, 0x70, 0x75, 0x73, 0x48, 0x65, 0x61, 0x64],
  ],
  vorbis: [
    ...[0x4f, 0x67, 0x67, 0x53, 0x00, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x62, 0x9f, 0x9e, 0x31, 0x01, 0x1e],
    ...[0x01, 0x76, 0x6f, 0x72, 0x62, 0x69, 0x73],
  ],
} as const
