import type { AudioAsset } from '@story-schema'
import type { SoundCodec } from './sound-codec'
import { SoundImportError } from './sound-import-error'
import { soundLimits } from './sound-limits'
import type { SoundFormat } from './sniff-audio-type'
import { sniffAudioType, sniffBytes } from './sniff-audio-type'
import { soundNoteStrings } from './strings'
import { encodeMonoWav16 } from './wav-encode'
import { isTruncatedWav, readWavHeader } from './wav-header'

/** A sound ready to be stored: its bytes (as imported, or converted), type and length, and notes for the person. */
export type ImportedSound = {
  fileName: string
  bytes: ArrayBuffer
  mime: AudioAsset['mime']
  durationMs: number
  notes: string[]
}

/** The part of a `File` import reads (a `Blob` with a name). */
export type SoundFile = Pick<File, 'name' | 'size' | 'slice' | 'arrayBuffer'>

const formatNames: Record<SoundFormat, string> = {
  mp3: 'MP3', aac: 'AAC', m4a: 'M4A', 'ogg-vorbis': 'Ogg', 'ogg-opus': 'Ogg', wav: 'WAV', flac: 'FLAC', webm: 'WebM',
}
const uncompressed: readonly SoundFormat[] = ['wav', 'flac']

/**
 * Checks and prepares a sound file (B-36, B-37): type from its first bytes; size limit (50 MB, or
 * 200 MB for WAV and FLAC, which are made smaller); a WAV cut off before its promised end is refused;
 * decoded to be sure it plays and to measure it (15 minutes at most); then kept as it is, or, for a
 * WAV over 10 MB and for formats not every player reads (AAC, FLAC, WebM), converted with a note:
 * to Ogg Opus when the browser can encode it (WebCodecs), otherwise to a mono 22.05 kHz 16-bit WAV. Throws `SoundImportError` with a message naming the file.
 */
export const importSound = async (file: SoundFile, codec: SoundCodec): Promise<ImportedSound> => {
  const name = file.name
  if (file.size === 0) throw new SoundImportError('empty-file', name)
  const head = new Uint8Array(await file.slice(0, sniffBytes).arrayBuffer())
  const sniffed = sniffAudioType(head)
  if (!sniffed.ok) throw new SoundImportError('not-a-sound', name, { looksLike: sniffed.looksLike })
  const maxBytes = uncompressed.includes(sniffed.format) ? soundLimits.maxConvertedFileBytes : soundLimits.maxFileBytes
  if (file.size > maxBytes) throw new SoundImportError('file-too-large', name, { bytes: file.size, maxBytes })
  const bytes = await file.arrayBuffer()
  const wav = sniffed.format === 'wav' ? readWavHeader(new Uint8Array(bytes)) : null
  if (sniffed.format === 'wav' && !wav) throw new SoundImportError('corrupt', name, {}, 'no fmt/data chunk')
  if (wav && isTruncatedWav(wav)) throw new SoundImportError('truncated', name, {}, `${wav.availableDataBytes} of ${wav.declaredDataBytes} bytes`)
  let durationMs: number
  try {
    durationMs = (await codec.decode(bytes)).durationMs
  } catch (error) {
    throw new SoundImportError('corrupt', name, {}, String(error))
  }
  if (durationMs < soundLimits.minDurationMs) throw new SoundImportError('too-short', name)
  if (durationMs > soundLimits.maxDurationMs) throw new SoundImportError('too-long', name, { durationMs })
  const tooBigWav = sniffed.format === 'wav' && bytes.byteLength > soundLimits.compressWavAboveBytes
  if (sniffed.mime && !tooBigWav) return { fileName: name, bytes, mime: sniffed.mime, durationMs, notes: [] }
  const opus = await codec.encodeOpus?.(bytes).catch(() => null)
  if (opus) {
    const note = tooBigWav ? soundNoteStrings.compressed(bytes.byteLength, opus.byteLength) : soundNoteStrings.convertedOpus(formatNames[sniffed.format])
    return { fileName: name, bytes: toArrayBuffer(opus), mime: 'audio/ogg', durationMs, notes: [note] }
  }
  const rateHz = soundLimits.convertedSampleRateHz
  const converted = encodeMonoWav16(await codec.renderMono(bytes, rateHz), rateHz)
  const note = tooBigWav
    ? soundNoteStrings.madeSmaller(bytes.byteLength, converted.byteLength)
    : soundNoteStrings.converted(formatNames[sniffed.format])
  return { fileName: name, bytes: converted, mime: 'audio/wav', durationMs, notes: [note] }
}

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => {
  const copy = new ArrayBuffer(bytes.byteLength)
  new Uint8Array(copy).set(bytes)
  return copy
}
