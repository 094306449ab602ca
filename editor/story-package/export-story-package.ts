import type { Story } from '@story-schema'
import { localize, serializeStoryFile } from '@story-schema'
import type { LibraryStorage } from '../persistence/library-storage'
import { sha256Hex } from '../persistence/sha256'
import { storyMediaFiles } from '../persistence/story-media'
import type { PackageManifest } from './package-manifest'
import { PACKAGE_FORMAT, PACKAGE_VERSION } from './package-manifest'
import type { ZipFileInput, WriteZipOptions } from './write-zip'
import { writeZip } from './write-zip'

/** A finished `.story` file. */
export type StoryPackageFile = { blob: Blob; fileName: string; mediaFiles: number }

/** Thrown when a file the story uses is not in this browser: the package would not import. */
export class ExportMissingMediaError extends Error {
  readonly paths: string[]
  constructor(paths: string[]) {
    super(`media not stored: ${paths.join(', ')}`)
    this.name = 'ExportMissingMediaError'
    this.paths = paths
  }
}

/** `<title>.story`, with characters file systems refuse taken out; "story.story" when nothing is left. */
export const storyPackageFileName = (title: string): string => {
  const safe = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim()
  return `${safe || 'story'}.story`
}

/**
 * Writes one story as a `.story` package: `story.json` (the current story file, DEFLATE),
 * `manifest.json` (every file with its size and sha-256, DEFLATE) and each media file at its package
 * path, stored as it is (STORE: JPEG and audio are already compressed). Reads media one at a time;
 * the stored story is never changed (A-F18).
 */
export const exportStoryPackage = async (
  storage: Pick<LibraryStorage, 'getMediaBlob'>,
  story: Story,
  { onProgress, signal, now = new Date() }: Pick<WriteZipOptions, 'onProgress' | 'signal'> & { now?: Date } = {},
): Promise<StoryPackageFile> => {
  const storyBytes = new TextEncoder().encode(serializeStoryFile(story))
  const media = storyMediaFiles(story)
  const blobs = await Promise.all(media.map(async (file) => ({ file, blob: await storage.getMediaBlob(file.sha256) })))
  const missing = blobs.filter((entry) => entry.blob === null).map((entry) => entry.file.path)
  if (missing.length > 0) throw new ExportMissingMediaError(missing)
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    createdAt: now.toISOString(),
    storyId: story.id,
    files: [
      { path: 'story.json', bytes: storyBytes.length, sha256: await sha256Hex(storyBytes) },
      ...media.map((file) => ({ path: file.path, bytes: file.bytes, sha256: file.sha256 })),
    ],
  }
  const files: ZipFileInput[] = [
    { name: 'story.json', data: storyBytes, compress: true },
    { name: 'manifest.json', data: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), compress: true },
    ...blobs.map(({ file, blob }) => ({ name: file.path, data: blob!, compress: false })),
  ]
  const blob = await writeZip(files, { onProgress, signal, mime: 'application/zip' })
  return { blob, fileName: storyPackageFileName(localize(story.title, story.language, story.language)), mediaFiles: media.length }
}
