import type { Story } from '@story-schema'
import { parseStoryFile } from '@story-schema'
import { sha256Hex } from '../persistence/sha256'
import { storyMediaFiles } from '../persistence/story-media'
import type { StoryMediaFile } from '../persistence/story-media'
import { checkMediaFile } from './check-media-file'
import { checkAgainstManifest, parseManifest } from './package-manifest'
import type { ManifestFile } from './package-manifest'
import { checkPackageEntries, visibleName } from './package-names'
import { PackageError } from './package-error'
import { packageLimits } from './package-limits'
import { entryDataRange, readZipEntry } from './read-zip-entry'
import { readZipDirectory } from './zip-directory'
import type { ZipDirectory, ZipEntry } from './zip-directory'

/** A media file read and checked, kept as a Blob until the import is written. */
export type PackageMedia = StoryMediaFile & { blob: Blob }

/** Something the person should know about an import that went through. */
export type PackageNote =
  | { code: 'unreferenced-files'; names: string[] }
  | { code: 'broken-records'; names: string[] }
  | { code: 'repaired'; count: number } | { code: 'no-manifest' }

/** A package read and fully checked, nothing written yet. */
export type ReadPackage = { story: Story; media: PackageMedia[]; notes: PackageNote[]; unpackedBytes: number }

/** How far reading has come, in packed bytes of the file. */
export type ReadProgress = { doneBytes: number; totalBytes: number }

export type ReadPackageOptions = { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal }

/** Media paths the story names twice with different bytes can't both be in one package. */
const conflictingPaths = (story: Story): string[] => {
  const byPath = new Map<string, string>()
  const conflicts = new Set<string>()
  for (const asset of story.assets) {
    for (const file of [asset, ...('derivatives' in asset ? asset.derivatives : [])]) {
      const known = byPath.get(file.path)
      if (known !== undefined && known !== file.sha256) conflicts.add(file.path)
      byPath.set(file.path, file.sha256)
    }
  }
  return [...conflicts]
}

/**
 * Reads a `.story` package (a zip) and checks everything before anything is stored (A-F6): the zip
 * structure and names from the central directory (B-1..B-11, B-13, B-14), then story.json through
 * `parseStoryFile` (the one door; it migrates older versions, A-F21; B-15..B-24), then each media
 * file the story references, one at a time as a stream (B-3, B-4, B-12, B-30..B-37). Files the story
 * does not use are not unpacked and come back as a note. Throws a `PackageError` on the first problem.
 */
export const readStoryPackage = async (file: Blob, options: ReadPackageOptions = {}): Promise<ReadPackage> =>
  readStoryPackageFrom(file, await readZipDirectory(file), options)

/** `readStoryPackage` on a central directory already read. */
export const readStoryPackageFrom = async (file: Blob, directory: ZipDirectory, { onProgress, signal }: ReadPackageOptions = {}): Promise<ReadPackage> => {
  const entries = checkPackageEntries(directory.entries)
  if (!entries.story) throw new PackageError('no-story')
  let doneBytes = 0
  const totalBytes = [entries.story, entries.manifest, ...entries.media.values()].reduce((sum, entry) => sum + (entry?.packedBytes ?? 0), 0)
  const onPackedBytes = (bytes: number) => {
    doneBytes += bytes
    onProgress?.({ doneBytes, totalBytes })
  }
  const read = async (entry: ZipEntry, maxBytes: number) =>
    readZipEntry(file, entry, await entryDataRange(file, entry, directory.directoryOffset), { maxBytes, onPackedBytes, signal })

  let unpackedBytes = 0
  const storyBytes = await read(entries.story, packageLimits.jsonMaxBytes)
  unpackedBytes += storyBytes.length
  const manifest: Map<string, ManifestFile> | null = entries.manifest ? parseManifest(await read(entries.manifest, packageLimits.jsonMaxBytes)) : null
  checkAgainstManifest(manifest, 'story.json', storyBytes.length, await sha256Hex(storyBytes))
  const loaded = parseStoryFile(storyBytes)
  if (!loaded.ok) throw new PackageError('story-file', { names: ['story.json'], message: loaded.error.message }, loaded.error.detail)
  const story = loaded.story

  const files = storyMediaFiles(story)
  const missing = files.filter((media) => !entries.media.has(media.path)).map((media) => media.path)
  if (missing.length > 0) throw new PackageError('media-missing', { names: missing.map(visibleName) })
  const conflicts = conflictingPaths(story)
  if (conflicts.length > 0) throw new PackageError('media-mismatch', { names: conflicts })

  const media: PackageMedia[] = []
  const inOrder = files.map((media) => ({ media, entry: entries.media.get(media.path)! })).sort((a, b) => a.entry.localOffset - b.entry.localOffset)
  for (const { media: record, entry } of inOrder) {
    const bytes = await read(entry, packageLimits.mediaMaxBytes)
    unpackedBytes += bytes.length
    if (unpackedBytes > packageLimits.totalMaxBytes) throw new PackageError('too-large', { names: [record.path] }, 'total over the cap')
    await checkMediaFile(record, bytes)
    checkAgainstManifest(manifest, record.path, bytes.length, record.sha256)
    media.push({ ...record, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: record.mime }) })
  }

  const used = new Set(files.map((media) => media.path))
  const unreferenced = [...entries.media.keys()].filter((path) => !used.has(path))
  const notes: PackageNote[] = []
  if (unreferenced.length > 0) notes.push({ code: 'unreferenced-files', names: unreferenced })
  if (loaded.repairs.length > 0) notes.push({ code: 'repaired', count: loaded.repairs.length })
  if (!manifest) notes.push({ code: 'no-manifest' })
  return { story, media, notes, unpackedBytes }
}
