import type { AudioAsset } from '@story-schema'
import type { Bytes } from './byte-view'
import { latin1At } from './byte-view'

/** The sound formats we recognise from their first bytes. */
export type SoundFormat = 'mp3' | 'aac' | 'm4a' | 'ogg-vorbis' | 'ogg-opus' | 'wav' | 'flac' | 'webm'

/**
 * What the first bytes say a file is: a sound format, with the MIME type it is stored as when it
 * can be kept as it is (`undefined`: it is converted to WAV, because players can't all play it),
 * or a refusal with what it looked like.
 */
export type SoundSniff =
  | { ok: true; format: SoundFormat; mime: AudioAsset['mime'] | undefined }
  | { ok: false; looksLike: string }

/** How many first bytes `sniffAudioType` needs to decide. */
export const sniffBytes = 512

const isoAudioBrands = /^(M4A |M4B |mp41|mp42|isom|iso2|iso5|iso6|dash|3gp4|3gp5|3gp6|3g2a|f4a )$/
const keptMime: Partial<Record<SoundFormat, AudioAsset['mime']>> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  'ogg-vorbis': 'audio/ogg',
  'ogg-opus': 'audio/ogg',
  wav: 'audio/wav',
}
const sound = (format: SoundFormat): SoundSniff => ({ ok: true, format, mime: keptMime[format] })
const refused = (looksLike: string): SoundSniff => ({ ok: false, looksLike })

/** The codec of an Ogg stream, from its first packet (after the first page's segment table). */
const oggCodec = (bytes: Bytes): SoundSniff => {
  const segments = bytes[26]
  if (segments === undefined) return refused('unknown')
  const packet = 27 + segments
  if (latin1At(bytes, packet, 8) === 'OpusHead') return sound('ogg-opus')
  if (latin1At(bytes, packet, 7) === '\x01vorbis') return sound('ogg-vorbis')
  if (latin1At(bytes, packet, 5) === '\x7fFLAC') return refused('Ogg FLAC')
  if (latin1At(bytes, packet, 5) === 'Speex') return refused('Ogg Speex')
  if (latin1At(bytes, packet + 1, 6) === 'theora') return refused('Ogg video')
  return refused('Ogg')
}

/** An MPEG audio frame header: 11 sync bits; layer bits 00 are ADTS AAC, otherwise MP3 (layer I–III). */
const mpegFrame = (bytes: Bytes): SoundSniff | undefined => {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]]
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || (b1 & 0xe0) !== 0xe0) return undefined
  const layer = (b1 >> 1) & 0b11
  if (layer === 0) return (b1 & 0xf6) === 0xf0 ? sound('aac') : undefined
  const versionBits = (b1 >> 3) & 0b11
  const bitrateIndex = b2 >> 4
  const rateIndex = (b2 >> 2) & 0b11
  return versionBits !== 0b01 && bitrateIndex !== 0xf && rateIndex !== 0b11 ? sound('mp3') : undefined
}

/** Things people pick by mistake, by their first bytes, named so the message can say what it was. */
const otherKinds: [string, string][] = [
  ['\xff\xd8\xff', 'a JPEG photo'],
  ['\x89PNG', 'a PNG picture'],
  ['GIF8', 'a GIF picture'],
  ['%PDF', 'a PDF document'],
  ['PK\x03\x04', 'a ZIP archive'],
  ['MThd', 'a MIDI file'],
  ['FORM', 'an AIFF sound'],
  ['.snd', 'an AU sound'],
  ['#!AMR', 'an AMR voice memo'],
]

/** True when every byte is printable text (ASCII, tabs and line ends, or Latin-1/UTF-8 letters). */
const looksLikeText = (text: string): boolean =>
  text.length > 0 && [...text].every((c) => c === '\t' || c === '\n' || c === '\r' || (c >= ' ' && c !== '\x7f'))

/**
 * Decides a file's sound format from its first bytes, never from its name or the browser's guess
 * (B-36): WAV `RIFF….WAVE`, Ogg `OggS` (Vorbis or Opus inside), MP3 (`ID3` or a frame header), AAC
 * (ADTS header), M4A (ISO `ftyp` with an audio brand), FLAC `fLaC`, WebM `1A 45 DF A3`. A decode
 * afterwards checks that it really plays.
 */
export const sniffAudioType = (bytes: Bytes): SoundSniff => {
  const head = latin1At(bytes, 0, Math.min(bytes.length, 16)) ?? ''
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WAVE') return sound('wav')
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return refused('a WebP picture')
  if (head.startsWith('OggS')) return oggCodec(bytes)
  if (head.startsWith('ID3')) return sound('mp3')
  if (head.startsWith('fLaC')) return sound('flac')
  if (head.startsWith('\x1a\x45\xdf\xa3')) return sound('webm')
  if (head.slice(4, 8) === 'ftyp') {
    const brand = head.slice(8, 12)
    if (isoAudioBrands.test(brand)) return sound('m4a')
    if (/^(heic|heix|mif1|msf1|avif)$/.test(brand)) return refused('a HEIC or AVIF picture')
    return refused(brand === 'qt  ' ? 'a QuickTime video' : 'a video')
  }
  const frame = mpegFrame(bytes)
  if (frame) return frame
  for (const [prefix, name] of otherKinds) if (head.startsWith(prefix)) return refused(name)
  const text = (latin1At(bytes, 0, Math.min(bytes.length, 256)) ?? '').toLowerCase()
  if (/<(!doctype html|html|svg|\?xml)/.test(text)) return refused('a web page or drawing')
  if (looksLikeText(text)) return refused('text')
  return refused('unknown')
}
