import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { muxOggOpus, oggCrc32, oggPage, opusHead } from './ogg-opus-mux'

const pageAt = (file: Uint8Array, offset: number) => {
  const view = new DataView(file.buffer, file.byteOffset)
  const segments = file[offset + 26]!
  const table = [...file.slice(offset + 27, offset + 27 + segments)]
  const body = table.reduce((sum, value) => sum + value, 0)
  return {
    flags: file[offset + 5],
    granule: view.getUint32(offset + 6, true) + view.getUint32(offset + 10, true) * 2 ** 32,
    sequence: view.getUint32(offset + 18, true),
    table,
    next: offset + 27 + segments + body,
  }
}

describe('Ogg Opus muxing', () => {
  it('computes Ogg CRC-32 (check value of "123456789")', () => {
    expect(oggCrc32(new TextEncoder().encode('123456789'))).toBe(0x89a1897f)
  })

  it("writes the first page byte for byte as ffmpeg's libopus muxer does (tests/fixtures/sounds/tone-550.opus.ogg)", () => {
    const ffmpeg = new Uint8Array(readFileSync('tests/fixtures/sounds/tone-550.opus.ogg'))
    const ours = oggPage([opusHead({ channels: 1, preSkip: 312, inputSampleRateHz: 48_000 })], 2, 0, 0, 0)
    expect([...ours]).toEqual([...ffmpeg.slice(0, ours.length)])
  })

  it('lays packets on pages with lacing, granules in 48 kHz samples, and ends at the input length', () => {
    const packet = (length: number) => ({ bytes: new Uint8Array(length).fill(7), samples48k: 960 })
    const packets = [packet(255), packet(100), ...Array.from({ length: 60 }, () => packet(80))]
    const file = muxOggOpus(packets, { channels: 1, preSkip: 312, inputSampleRateHz: 22_050, totalSamples48k: 61 * 960 + 100, serial: 9 })
    const head = pageAt(file, 0)
    const tags = pageAt(file, head.next)
    const first = pageAt(file, tags.next)
    const second = pageAt(file, first.next)
    expect([head.flags, head.sequence, tags.flags, tags.sequence]).toEqual([2, 0, 0, 1])
    expect(first.table.slice(0, 3)).toEqual([255, 0, 100]) // a 255-byte packet needs a 0 to end it
    expect(first.table).toHaveLength(51) // 50 packets a page
    expect(first.granule).toBe(312 + 50 * 960)
    expect([second.flags, second.sequence, second.granule, second.next]).toEqual([4, 3, 312 + 61 * 960 + 100, file.length])
  })
})
