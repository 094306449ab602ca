import { describe, expect, it } from 'vitest'
import { downmixToMono, encodeMonoWav16, monoWav16Bytes, pcm16 } from './wav-encode'
import { isTruncatedWav, readWavHeader } from './wav-header'

describe('encodeMonoWav16', () => {
  it('writes a 44-byte PCM header and little-endian 16-bit samples, clipped', () => {
    const wav = encodeMonoWav16(new Float32Array([0, 1, -1, 0.5, 2, Number.NaN]), 22_050)
    const view = new DataView(wav)
    const text = (offset: number) => String.fromCharCode(...new Uint8Array(wav, offset, 4))
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data'])
    expect(wav.byteLength).toBe(44 + 12)
    expect(view.getUint32(4, true)).toBe(36 + 12)
    expect([view.getUint16(20, true), view.getUint16(22, true), view.getUint32(24, true)]).toEqual([1, 1, 22_050])
    expect([view.getUint32(28, true), view.getUint16(32, true), view.getUint16(34, true)]).toEqual([44_100, 2, 16])
    const samples = [0, 1, 2, 3, 4, 5].map((i) => view.getInt16(44 + 2 * i, true))
    expect(samples).toEqual([0, 32_767, -32_768, 16_384, 32_767, 0])
  })

  it('is read back by readWavHeader with the right length', () => {
    const info = readWavHeader(new Uint8Array(encodeMonoWav16(new Float32Array(22_050), 22_050)))
    expect(info).toEqual({
      formatTag: 1, channels: 1, sampleRateHz: 22_050, bitsPerSample: 16,
      declaredDataBytes: 44_100, availableDataBytes: 44_100, declaredDurationMs: 1000,
    })
    expect(isTruncatedWav(info!)).toBe(false)
    expect(monoWav16Bytes(1000, 22_050)).toBe(44 + 44_100)
  })

  it('pcm16 maps the ends exactly', () => {
    expect([pcm16(-1), pcm16(1), pcm16(-0.5)]).toEqual([-32_768, 32_767, -16_384])
  })
})

describe('readWavHeader', () => {
  it('finds a cut-off copy (B-36): the data chunk promises more than the file has', () => {
    const whole = new Uint8Array(encodeMonoWav16(new Float32Array(1000), 8000))
    const cut = whole.slice(0, 44 + 600)
    const info = readWavHeader(cut)!
    expect(info.availableDataBytes).toBe(600)
    expect(isTruncatedWav(info)).toBe(true)
  })

  it('skips other chunks (LIST) and treats a size left unknown as unknown, not truncated', () => {
    const wav = new Uint8Array(encodeMonoWav16(new Float32Array(10), 8000))
    const list = new Uint8Array([...'LIST'].map((c) => c.charCodeAt(0)).concat([3, 0, 0, 0, 1, 2, 3, 0]))
    const withList = new Uint8Array([...wav.slice(0, 36), ...list, ...wav.slice(36)])
    new DataView(withList.buffer).setUint32(36 + list.length + 4, 0xffffffff, true)
    const info = readWavHeader(withList)!
    expect(info.declaredDataBytes).toBeNull()
    expect(info.availableDataBytes).toBe(20)
    expect(isTruncatedWav(info)).toBe(false)
  })

  it('answers null for a file without fmt or data', () => {
    expect(readWavHeader(new Uint8Array([...'RIFF\0\0\0\0WAVE'].map((c) => c.charCodeAt(0))))).toBeNull()
    expect(readWavHeader(new Uint8Array([1, 2, 3]))).toBeNull()
  })
})

describe('downmixToMono', () => {
  it('averages the channels sample by sample', () => {
    expect([...downmixToMono([new Float32Array([1, 0.5, -1]), new Float32Array([0, 0.5, 1])])]).toEqual([0.5, 0.5, 0])
    expect(downmixToMono([]).length).toBe(0)
  })
})
