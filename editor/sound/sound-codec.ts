import type { TrimRange } from './trim'

/** A decoded sound's facts. */
export type DecodedSound = { durationMs: number; sampleRateHz: number; channels: number }

/**
 * What import and recording need from the browser's audio: decode bytes (does it really play, and how
 * long is it?) and render them as mono samples at a sample rate, optionally only a part. Injected so
 * that the import's decisions run in Node tests with a fake (`testing/fake-sound-codec.ts`).
 */
export type SoundCodec = {
  /** Decodes the bytes; rejects when they can't be played. */
  decode: (bytes: ArrayBuffer) => Promise<DecodedSound>
  /** The sound (or the `range` of it) as mono samples at `sampleRateHz`. */
  renderMono: (bytes: ArrayBuffer, sampleRateHz: number, range?: TrimRange) => Promise<Float32Array>
  /** The sound as an Ogg Opus file, or null when this browser can't encode Opus. */
  encodeOpus?: (bytes: ArrayBuffer) => Promise<Uint8Array | null>
}
