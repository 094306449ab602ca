import type { Bytes } from './byte-view'
import { latin1At, uint16LE, uint32LE } from './byte-view'

/** What a WAV file's chunks say about its sound, and whether its data is all there. */
export type WavInfo = {
  /** 1 = integer PCM, 3 = float, 0xFFFE = extensible; others (ADPCM…) may not play everywhere. */
  formatTag: number
  channels: number
  sampleRateHz: number
  bitsPerSample: number
  /** Bytes of sound the `data` chunk says it has (null when the writer left it unknown: 0 or FFFFFFFF). */
  declaredDataBytes: number | null
  /** Bytes of sound the file really has after the `data` chunk's header. */
  availableDataBytes: number
  /** The length the header promises, in milliseconds (null when unknown). */
  declaredDurationMs: number | null
}

/**
 * Reads a WAV file's `fmt ` and `data` chunks (RIFF, little-endian, chunks padded to even sizes).
 * Answers null when they are missing or make no sense (no channels, no sample rate).
 */
export const readWavHeader = (bytes: Bytes): WavInfo | null => {
  if (latin1At(bytes, 0, 4) !== 'RIFF' || latin1At(bytes, 8, 4) !== 'WAVE') return null
  let offset = 12
  let format: Omit<WavInfo, 'declaredDataBytes' | 'availableDataBytes' | 'declaredDurationMs'> | null = null
  while (offset + 8 <= bytes.length) {
    const id = latin1At(bytes, offset, 4)
    const size = uint32LE(bytes, offset + 4)!
    const body = offset + 8
    if (id === 'fmt ') {
      format = {
        formatTag: uint16LE(bytes, body) ?? 0,
        channels: uint16LE(bytes, body + 2) ?? 0,
        sampleRateHz: uint32LE(bytes, body + 4) ?? 0,
        bitsPerSample: uint16LE(bytes, body + 14) ?? 0,
      }
    } else if (id === 'data') {
      if (!format || format.channels === 0 || format.sampleRateHz === 0 || format.bitsPerSample === 0) return null
      const availableDataBytes = bytes.length - body
      const declaredDataBytes = size === 0 || size === 0xffffffff ? null : size
      const bytesPerSecond = format.channels * format.sampleRateHz * Math.ceil(format.bitsPerSample / 8)
      const declaredDurationMs = declaredDataBytes === null ? null : Math.round((declaredDataBytes / bytesPerSecond) * 1000)
      return { ...format, declaredDataBytes, availableDataBytes, declaredDurationMs }
    }
    offset = body + size + (size % 2)
  }
  return null
}

/** True when the WAV's data stops before the length its header promises (a cut-off copy, B-36). */
export const isTruncatedWav = (info: WavInfo): boolean =>
  info.declaredDataBytes !== null && info.availableDataBytes < info.declaredDataBytes
