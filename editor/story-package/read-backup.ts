import type { Story } from '@story-schema'
import { extensionForMime, parseStoryFile } from '@story-schema'
import { storyMediaFiles } from '../persistence/story-media'
import { checkMediaFile } from './check-media-file'
import { PackageError } from './package-error'
import { packageLimits } from './package-limits'
import { checkZipEntries } from './package-names'
import type { PackageMedia, PackageNote, ReadPackageOptions } from './read-story-package'
import { entryDataRange, readZipEntry } from './read-zip-entry'
import type { ZipDirectory, ZipEntry } from './zip-directory'

/**
 * The names a library backup (`../persistence/backup-zip.ts`) may hold: its manifest, stories and
 * Trash by folder, raw data of broken records, and media by sha-256 (B-8 for backups).
 */
export const backupEntryPattern =
  /^(backup\.json|(stories|trash)\/[A-Za-z0-9_-]{1,100}\/story\.json|broken\/[A-Za-z0-9_-]{1,100}\.txt|media\/[0-9a-f]{64}\.(jpg|png|webp|mp3|ogg|m4a|wav|bin))$/

/** True when a zip's directory is a library backup rather than a `.story` package. */
export const isBackupDirectory = (directory: ZipDirectory): boolean => directory.entries.some((entry) => entry.name === 'backup.json')

/** One story of a backup, checked; `trashed` when it was in the Trash. */
export type BackupStory = { story: Story; trashed: boolean }

/** A backup read and fully checked, nothing written yet: stories, and each media file once. */
export type ReadBackup = { stories: BackupStory[]; media: PackageMedia[]; notes: PackageNote[] }

/**
 * Reads a whole-library backup with the same checks as a story package (names, sizes, CRC,
 * parseStoryFile, media sniffing and sha-256): every story in `stories/` and `trash/`, and every
 * media file they use, each read once. Broken records' raw data is not imported (a note says so).
 */
export const readBackup = async (file: Blob, directory: ZipDirectory, { onProgress, signal }: ReadPackageOptions = {}): Promise<ReadBackup> => {
  const files = checkZipEntries(directory.entries, backupEntryPattern)
  const byName = new Map(files.map((entry) => [entry.name, entry]))
  const storyEntries = files.filter((entry) => /^(stories|trash)\//.test(entry.name))
  if (storyEntries.length === 0) throw new PackageError('no-story')
  let doneBytes = 0
  const totalBytes = files.reduce((sum, entry) => sum + entry.packedBytes, 0)
  const read = async (entry: ZipEntry, maxBytes: number) =>
    readZipEntry(file, entry, await entryDataRange(file, entry, directory.directoryOffset), {
      maxBytes,
      signal,
      onPackedBytes: (bytes) => {
        doneBytes += bytes
        onProgress?.({ doneBytes, totalBytes })
      },
    })

  const stories: BackupStory[] = []
  const media = new Map<string, PackageMedia>()
  let repaired = 0
  for (const entry of storyEntries) {
    const loaded = parseStoryFile(await read(entry, packageLimits.jsonMaxBytes))
    if (!loaded.ok) throw new PackageError('story-file', { names: [entry.name], message: `${entry.name}: ${loaded.error.message}` }, loaded.error.detail)
    repaired += loaded.repairs.length
    stories.push({ story: loaded.story, trashed: entry.name.startsWith('trash/') })
    for (const record of storyMediaFiles(loaded.story)) {
      if (media.has(record.sha256)) continue
      const name = `media/${record.sha256}.${extensionForMime(record.mime) ?? 'bin'}`
      const mediaEntry = byName.get(name)
      if (!mediaEntry) throw new PackageError('media-missing', { names: [record.path] })
      const bytes = await read(mediaEntry, packageLimits.mediaMaxBytes)
      await checkMediaFile(record, bytes)
      media.set(record.sha256, { ...record, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: record.mime }) })
    }
  }
  const notes: PackageNote[] = []
  const broken = files.filter((entry) => entry.name.startsWith('broken/')).map((entry) => entry.name)
  if (broken.length > 0) notes.push({ code: 'broken-records', names: broken })
  if (repaired > 0) notes.push({ code: 'repaired', count: repaired })
  return { stories, media: [...media.values()], notes }
}
