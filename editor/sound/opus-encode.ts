import type { OpusPacket } from './ogg-opus-mux'
import { muxOggOpus } from './ogg-opus-mux'

/** Opus always runs at 48 kHz. */
const rateHz = 48_000
/** Bits per second per channel: transparent for speech and fine for ambience. */
const bitsPerChannel = 64_000
/** libopus's usual encoder delay at 48 kHz, used when the encoder does not say. */
const defaultPreSkip = 312

const config = (channels: number): AudioEncoderConfig => ({ codec: 'opus', sampleRate: rateHz, numberOfChannels: channels, bitrate: bitsPerChannel * channels })

/** Whether this browser can encode Opus with WebCodecs (Chromium can; without it import falls back to WAV). */
export const canEncodeOpus = async (channels: number): Promise<boolean> => {
  if (typeof AudioEncoder === 'undefined' || typeof AudioData === 'undefined') return false
  try {
    return (await AudioEncoder.isConfigSupported(config(channels))).supported === true
  } catch {
    return false
  }
}

/** The pre-skip from an `OpusHead` the encoder gives as its description, if it does. */
const preSkipOf = (description: AllowSharedBufferSource | undefined): number | undefined => {
  if (!description) return undefined
  const bytes = ArrayBuffer.isView(description) ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength) : new Uint8Array(description)
  const head = String.fromCharCode(...bytes.slice(0, 8))
  return head === 'OpusHead' && bytes.length >= 12 ? bytes[10]! | (bytes[11]! << 8) : undefined
}

/**
 * Encodes decoded sound (one or two channels at 48 kHz, planar) as an Ogg Opus file with WebCodecs'
 * AudioEncoder, half a second of sound per AudioData. Rejects when the encoder fails.
 */
export const encodeOggOpus = async (channels: readonly Float32Array[], inputSampleRateHz: number): Promise<Uint8Array> => {
  const packets: OpusPacket[] = []
  let preSkip: number | undefined
  let failure: unknown = null
  const encoder = new AudioEncoder({
    output: (chunk, metadata) => {
      preSkip ??= preSkipOf(metadata?.decoderConfig?.description)
      const bytes = new Uint8Array(chunk.byteLength)
      chunk.copyTo(bytes)
      packets.push({ bytes, samples48k: Math.round(((chunk.duration ?? 20_000) * rateHz) / 1_000_000) })
    },
    error: (error) => {
      failure = error
    },
  })
  encoder.configure(config(channels.length))
  const frames = channels[0]?.length ?? 0
  const step = rateHz / 2
  for (let start = 0; start < frames; start += step) {
    const length = Math.min(step, frames - start)
    const planar = new Float32Array(length * channels.length)
    channels.forEach((channel, index) => planar.set(channel.subarray(start, start + length), index * length))
    const data = new AudioData({
      format: 'f32-planar',
      sampleRate: rateHz,
      numberOfFrames: length,
      numberOfChannels: channels.length,
      timestamp: Math.round((start / rateHz) * 1_000_000),
      data: planar,
    })
    encoder.encode(data)
    data.close()
  }
  await encoder.flush()
  encoder.close()
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure))
  const serial = (Math.random() * 0xffffffff) >>> 0
  return muxOggOpus(packets, { channels: channels.length, preSkip: preSkip ?? defaultPreSkip, inputSampleRateHz, totalSamples48k: frames, serial })
}
