import { latin1 } from '../photo-import/byte-reader'

/** The audio types a package may hold (story-schema `audioMimeSchema`). */
export type AudioMime = 'audio/mpeg' | 'audio/ogg' | 'audio/mp4' | 'audio/wav'

/**
 * Decides an audio file's type from its magic bytes (B-30): MP3 (`ID3` tag or an MPEG frame sync
 * `FF Ex`), Ogg (`OggS`), WAV (`RIFF….WAVE`), MP4/M4A (`….ftyp` with an audio brand). Anything else
 * answers undefined.
 */
export const sniffAudioType = (bytes: Uint8Array): AudioMime | undefined => {
  if (latin1(bytes, 0, 3) === 'ID3') return 'audio/mpeg'
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0) return 'audio/mpeg'
  if (latin1(bytes, 0, 4) === 'OggS') return 'audio/ogg'
  if (latin1(bytes, 0, 4) === 'RIFF' && latin1(bytes, 8, 4) === 'WAVE') return 'audio/wav'
  if (latin1(bytes, 4, 4) === 'ftyp' && /^(M4A |M4B |mp41|mp42|isom|iso2|dash)$/.test(latin1(bytes, 8, 4) ?? '')) return 'audio/mp4'
  return undefined
}
