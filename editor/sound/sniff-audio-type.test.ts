import { describe, expect, it } from 'vitest'
import { sniffAudioType } from './sniff-audio-type'
import { headers } from './testing/fake-sound-codec'

const bytes = (...parts: (readonly number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : [...part])))

describe('sniffAudioType (B-36: by the bytes, never the name)', () => {
  it('recognises the kept formats from real file headers', () => {
    expect(sniffAudioType(bytes(headers.wav))).toEqual({ ok: true, format: 'wav', mime: 'audio/wav' })
    expect(sniffAudioType(bytes(headers.m4a))).toEqual({ ok: true, format: 'm4a', mime: 'audio/mp4' })
    expect(sniffAudioType(bytes(headers.mp3Id3))).toEqual({ ok: true, format: 'mp3', mime: 'audio/mpeg' })
    expect(sniffAudioType(bytes(headers.mp3Frame))).toEqual({ ok: true, format: 'mp3', mime: 'audio/mpeg' })
    expect(sniffAudioType(bytes(headers.opus))).toEqual({ ok: true, format: 'ogg-opus', mime: 'audio/ogg' })
    expect(sniffAudioType(bytes(headers.vorbis))).toEqual({ ok: true, format: 'ogg-vorbis', mime: 'audio/ogg' })
  })

  it('recognises formats that are converted to WAV (no MIME to keep)', () => {
    expect(sniffAudioType(bytes(headers.aacAdts))).toEqual({ ok: true, format: 'aac', mime: undefined })
    expect(sniffAudioType(bytes('fLaC', [0, 0, 0, 0x22]))).toEqual({ ok: true, format: 'flac', mime: undefined })
    expect(sniffAudioType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]))).toEqual({ ok: true, format: 'webm', mime: undefined })
  })

  it('refuses text named .mp3, pictures, documents and other sounds, saying what they look like', () => {
    const looks = (...parts: (readonly number[] | string)[]) => {
      const result = sniffAudioType(bytes(...parts))
      return result.ok ? 'accepted' : result.looksLike
    }
    expect(looks('This is not a sound, just text with an .mp3 name.\n')).toBe('text')
    expect(looks([0xff, 0xd8, 0xff, 0xe0])).toBe('a JPEG photo')
    expect(looks([0x89], 'PNG\r\n')).toBe('a PNG picture')
    expect(looks('RIFF\0\0\0\0WEBPVP8 ')).toBe('a WebP picture')
    expect(looks('%PDF-1.7')).toBe('a PDF document')
    expect(looks('<!DOCTYPE html><html>')).toBe('a web page or drawing')
    expect(looks('MThd\0\0\0\x06')).toBe('a MIDI file')
    expect(looks('\0\0\0\x18ftypheic')).toBe('a HEIC or AVIF picture')
    expect(looks('\0\0\0\x14ftypqt  ')).toBe('a QuickTime video')
    expect(looks([0x4f, 0x67, 0x67, 0x53, 0, 2, ...new Array(20).fill(0), 1, 0x1e, 0x80], 'theora')).toBe('Ogg video')
    expect(looks([0, 1, 2, 3, 0xfe, 0x80])).toBe('unknown')
    expect(looks([])).toBe('unknown')
  })

  it('does not take an invalid MPEG frame header (bad bitrate or sample rate) for an MP3', () => {
    expect(sniffAudioType(bytes([0xff, 0xfb, 0xf0, 0xc0])).ok).toBe(false) // bitrate index 15
    expect(sniffAudioType(bytes([0xff, 0xfb, 0x5c, 0xc0])).ok).toBe(false) // sample rate index 3
  })
})
