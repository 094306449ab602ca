import { canEncodeOpus, encodeOggOpus } from './opus-encode'
import type { SoundCodec } from './sound-codec'

/** Decodes with an OfflineAudioContext (no user gesture needed, nothing is heard). A copy: decoding detaches the buffer. */
const decodeBuffer = (bytes: ArrayBuffer): Promise<AudioBuffer> => {
  if (typeof OfflineAudioContext === 'undefined') return Promise.reject(new Error('no OfflineAudioContext'))
  return new OfflineAudioContext(1, 1, 44_100).decodeAudioData(bytes.slice(0))
}

/**
 * The browser's `SoundCodec`: `decodeAudioData` to check and measure, and an OfflineAudioContext at
 * the target rate with one channel to downmix ((L + R) / 2, Web Audio's speaker rules), resample and
 * cut in one render; Opus through WebCodecs (`opus-encode.ts`) at 48 kHz, mono or stereo as the source.
 */
export const webAudioCodec: SoundCodec = {
  decode: async (bytes) => {
    const buffer = await decodeBuffer(bytes)
    return { durationMs: Math.round(buffer.duration * 1000), sampleRateHz: buffer.sampleRate, channels: buffer.numberOfChannels }
  },
  renderMono: async (bytes, sampleRateHz, range) => {
    const buffer = await decodeBuffer(bytes)
    const startS = (range?.startMs ?? 0) / 1000
    const endS = Math.min(buffer.duration, range ? range.endMs / 1000 : buffer.duration)
    const frames = Math.max(1, Math.round((endS - startS) * sampleRateHz))
    const context = new OfflineAudioContext(1, frames, sampleRateHz)
    const source = context.createBufferSource()
    source.buffer = buffer
    source.connect(context.destination)
    source.start(0, startS, endS - startS)
    const rendered = await context.startRendering()
    return rendered.getChannelData(0).slice()
  },
  encodeOpus: async (bytes) => {
    const buffer = await decodeBuffer(bytes)
    const channels = Math.min(2, buffer.numberOfChannels)
    if (!(await canEncodeOpus(channels))) return null
    const context = new OfflineAudioContext(channels, Math.max(1, Math.round(buffer.duration * 48_000)), 48_000)
    const source = context.createBufferSource()
    source.buffer = buffer
    source.connect(context.destination)
    source.start()
    const rendered = await context.startRendering()
    const planes = Array.from({ length: channels }, (_, index) => rendered.getChannelData(index))
    return encodeOggOpus(planes, buffer.sampleRate)
  },
}
