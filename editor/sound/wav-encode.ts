/**
 * Writes mono sound as a 16-bit PCM WAV file (44-byte header, little-endian): what converted and
 * recorded sounds are stored as, because every browser plays it.
 */
export const encodeMonoWav16 = (samples: Float32Array, sampleRateHz: number): ArrayBuffer => {
  const dataBytes = samples.length * 2
  const buffer = new ArrayBuffer(44 + dataBytes)
  const view = new DataView(buffer)
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i))
  }
  text(0, 'RIFF')
  view.setUint32(4, 36 + dataBytes, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  view.setUint32(16, 16, true) // fmt chunk size
  view.setUint16(20, 1, true) // integer PCM
  view.setUint16(22, 1, true) // one channel
  view.setUint32(24, sampleRateHz, true)
  view.setUint32(28, sampleRateHz * 2, true) // bytes per second
  view.setUint16(32, 2, true) // bytes per frame
  view.setUint16(34, 16, true) // bits per sample
  text(36, 'data')
  view.setUint32(40, dataBytes, true)
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, pcm16(samples[i]!), true)
  return buffer
}

/** One sample in [-1, 1] as a 16-bit integer (clipped; NaN is silence). */
export const pcm16 = (sample: number): number => {
  if (Number.isNaN(sample)) return 0
  const clipped = Math.max(-1, Math.min(1, sample))
  return clipped < 0 ? Math.round(clipped * 0x8000) : Math.round(clipped * 0x7fff)
}

/** The average of the channels, sample by sample ((L + R) / 2 for stereo). */
export const downmixToMono = (channels: readonly Float32Array[]): Float32Array => {
  const length = Math.min(...channels.map((channel) => channel.length))
  const mono = new Float32Array(channels.length === 0 ? 0 : length)
  for (const channel of channels) for (let i = 0; i < mono.length; i++) mono[i]! += channel[i]! / channels.length
  return mono
}

/** Bytes of a mono 16-bit WAV of this length, in bytes. */
export const monoWav16Bytes = (durationMs: number, sampleRateHz: number): number =>
  44 + 2 * Math.round((durationMs / 1000) * sampleRateHz)
