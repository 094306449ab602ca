import { limits } from '@story-schema'
import { describe, expect, it } from 'vitest'
import { importSound } from './import-sound'
import { soundLimits } from './sound-limits'
import { fakeSoundCodec, headers, soundFile } from './testing/fake-sound-codec'
import { encodeMonoWav16 } from './wav-encode'

const decoded = (durationMs: number) => ({ durationMs, sampleRateHz: 44_100, channels: 2 })
const mp3 = new Uint8Array([...headers.mp3Id3, ...new Array(200).fill(0)])
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: Error & { code?: string }) => ({ code: error.code, message: error.message }))

describe('importSound: limits and checks (B-36, B-37)', () => {
  it('keeps an MP3 as it is, with its decoded length', async () => {
    const codec = fakeSoundCodec(decoded(61_234))
    const sound = await importSound(soundFile('Seagulls.mp3', mp3), codec)
    expect(sound).toMatchObject({ fileName: 'Seagulls.mp3', mime: 'audio/mpeg', durationMs: 61_234, notes: [] })
    expect(sound.bytes.byteLength).toBe(mp3.length)
    expect(codec.renders).toBe(0)
  })

  it('refuses text named .mp3, an empty file, and one that does not decode, in words naming the file', async () => {
    const text = new TextEncoder().encode('hello, not a sound')
    expect(await failure(importSound(soundFile('song.mp3', text), fakeSoundCodec(decoded(1000))))).toEqual({
      code: 'not-a-sound',
      message: '“song.mp3” is not a sound this tool can read (it looks like text). Use an MP3, M4A, Ogg or WAV sound.',
    })
    expect((await failure(importSound(soundFile('e.wav', new Uint8Array()), fakeSoundCodec(null))))?.code).toBe('empty-file')
    const broken = await failure(importSound(soundFile('broken.mp3', mp3), fakeSoundCodec(null)))
    expect(broken?.code).toBe('corrupt')
    expect(broken?.message).toContain('“broken.mp3” could not be played')
  })

  it('refuses a file over 50 MB before reading it, and accepts a WAV up to 200 MB', async () => {
    const big = await failure(importSound(soundFile('long.mp3', mp3, soundLimits.maxFileBytes + 1), fakeSoundCodec(decoded(1000))))
    expect(big).toEqual({ code: 'file-too-large', message: '“long.mp3” is too big (51 MB). Sounds can be up to 50 MB. Save it as MP3 or make it shorter first.' })
    const wav = new Uint8Array(encodeMonoWav16(new Float32Array(100), 8000))
    const hugeWav = await failure(importSound(soundFile('huge.wav', wav, soundLimits.maxConvertedFileBytes + 1), fakeSoundCodec(decoded(1000))))
    expect(hugeWav?.message).toContain('Sounds can be up to 200 MB')
  })

  it('refuses more than 15 minutes and less than 50 ms', async () => {
    const long = await failure(importSound(soundFile('talk.mp3', mp3), fakeSoundCodec(decoded(soundLimits.maxDurationMs + 1))))
    expect(long).toEqual({ code: 'too-long', message: '“talk.mp3” is too long (15 minutes). Sounds can be at most 15 minutes. Cut it shorter first.' })
    expect((await failure(importSound(soundFile('click.mp3', mp3), fakeSoundCodec(decoded(49)))))?.code).toBe('too-short')
    expect((await importSound(soundFile('ok.mp3', mp3), fakeSoundCodec(decoded(soundLimits.maxDurationMs)))).durationMs).toBe(15 * 60_000)
  })

  it('refuses a cut-off WAV (its data ends before the header says)', async () => {
    const wav = new Uint8Array(encodeMonoWav16(new Float32Array(1000), 8000)).slice(0, 1000)
    expect((await failure(importSound(soundFile('cut.wav', wav), fakeSoundCodec(decoded(125)))))?.code).toBe('truncated')
  })

  it('compresses a WAV over 10 MB, and converts AAC, to Ogg Opus when the browser can encode it', async () => {
    const wav = new Uint8Array(encodeMonoWav16(new Float32Array(2_700_000 * 2), 48_000))
    const sound = await importSound(soundFile('band.wav', wav), fakeSoundCodec(decoded(112_500), 900_000))
    expect(sound).toMatchObject({ mime: 'audio/ogg', durationMs: 112_500, notes: ['The sound was very large (11 MB), so it was compressed to 1 MB (Ogg Opus).'] })
    expect(sound.bytes.byteLength).toBe(900_000)
    const aac = await importSound(soundFile('voice.aac', new Uint8Array([...headers.aacAdts, 0, 0])), fakeSoundCodec(decoded(2000), 10))
    expect(aac).toMatchObject({ mime: 'audio/ogg', notes: ["This AAC sound was changed to Ogg Opus so that the story's player can read it."] })
    const small = await importSound(soundFile('small.wav', new Uint8Array(encodeMonoWav16(new Float32Array(100), 8000))), fakeSoundCodec(decoded(2000), 10))
    expect(small.mime).toBe('audio/wav') // a small WAV is kept as it is
  })

  it('without an Opus encoder, makes a WAV over 10 MB smaller (mono 22.05 kHz 16-bit) with a note, and converts AAC', async () => {
    const wav = new Uint8Array(encodeMonoWav16(new Float32Array(2_700_000 * 2), 48_000)) // ≈ 10.3 MB
    const codec = fakeSoundCodec(decoded(112_500))
    const sound = await importSound(soundFile('band.wav', wav), codec)
    expect(codec.renders).toBe(1)
    expect(sound.mime).toBe('audio/wav')
    expect(sound.bytes.byteLength).toBe(44 + 2 * Math.round(112.5 * 22_050))
    expect(sound.notes[0]).toMatch(/^The sound was very large \(11 MB\), so it was made smaller \(5 MB\)/)
    const aac = await importSound(soundFile('voice.aac', new Uint8Array([...headers.aacAdts, 0, 0])), fakeSoundCodec(decoded(2000)))
    expect(aac).toMatchObject({ mime: 'audio/wav', notes: ['This AAC sound was changed to WAV (one channel, 22 kHz) so that every device can play it.'] })
  })

  it('keeps its limits in line with story-schema', () => {
    expect(soundLimits.maxDurationMs).toBe(limits.audioMaxDurationMs)
    expect(soundLimits.maxConvertedFileBytes).toBe(limits.assetMaxBytes)
  })
})
