import { sha256Hex } from '../persistence/sha256'
import type { StoryMediaFile } from '../persistence/story-media'
import { readPhotoHeader } from '../photo-import/read-photo-header'
import { sniffImageType } from '../photo-import/sniff-image-type'
import { PackageError } from './package-error'
import { packageLimits } from './package-limits'
import { sniffAudioType } from './sniff-audio-type'

const typeNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'audio/mpeg': 'MP3',
  'audio/ogg': 'Ogg',
  'audio/mp4': 'M4A',
  'audio/wav': 'WAV',
}

const wrongType = (file: StoryMediaFile, looksLike: string): PackageError => {
  if (looksLike === 'ZIP') return new PackageError('nested-zip', { names: [file.path] })
  if (looksLike === 'SVG') return new PackageError('media-svg', { names: [file.path] })
  return new PackageError('media-wrong-type', { names: [file.path], looksLike }, `record says ${file.mime}`)
}

const checkImage = (file: StoryMediaFile, bytes: Uint8Array) => {
  const read = readPhotoHeader(bytes)
  if (read.ok) {
    if (read.header.mime !== file.mime) throw wrongType(file, typeNames[read.header.mime] ?? read.header.mime)
    return
  }
  const { problem } = read
  if (problem.code === 'corrupt') throw new PackageError('media-corrupt', { names: [file.path] }, problem.reason)
  if (problem.code === 'animated-not-supported') throw new PackageError('media-animated', { names: [file.path] })
  if (problem.code === 'too-many-pixels') throw new PackageError('media-too-many-pixels', { names: [file.path] }, `${problem.widthPx}×${problem.heightPx}`)
  throw wrongType(file, problem.looksLike)
}

const checkAudio = (file: StoryMediaFile, bytes: Uint8Array) => {
  const sniffed = sniffAudioType(bytes)
  if (sniffed === undefined) {
    const asImage = sniffImageType(bytes)
    throw wrongType(file, asImage.ok ? (typeNames[asImage.mime] ?? asImage.mime) : asImage.looksLike)
  }
  if (sniffed !== file.mime) throw wrongType(file, typeNames[sniffed] ?? sniffed)
}

/**
 * Checks one media file of a package against the story's record of it (B-30..B-37): its type from
 * the magic bytes must be the record's MIME type (which the schema ties to the extension), SVG and
 * other documents are refused, images must have a complete header within the pixel limits and be
 * still, and the bytes must be exactly the ones the story names (size and sha-256).
 */
export const checkMediaFile = async (file: StoryMediaFile, bytes: Uint8Array): Promise<void> => {
  if (bytes.length > packageLimits.mediaMaxBytes) throw new PackageError('media-too-large', { names: [file.path] })
  if (file.mime.startsWith('image/')) checkImage(file, bytes)
  else checkAudio(file, bytes)
  if (bytes.length !== file.bytes) throw new PackageError('media-mismatch', { names: [file.path] }, `${bytes.length} bytes, record says ${file.bytes}`)
  const sha256 = await sha256Hex(bytes)
  if (sha256 !== file.sha256) throw new PackageError('media-mismatch', { names: [file.path] }, 'sha-256 differs from the record')
}
