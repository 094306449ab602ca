import { isBackupDirectory, readBackup } from './read-backup'
import type { ReadBackup } from './read-backup'
import { readStoryPackageFrom } from './read-story-package'
import type { ReadPackage, ReadPackageOptions } from './read-story-package'
import { readZipDirectory } from './zip-directory'

/** A checked file: one story (`.story`), or a whole-library backup (a zip with `backup.json`). */
export type ReadImport = { kind: 'story'; read: ReadPackage } | { kind: 'backup'; backup: ReadBackup }

/** Reads the zip's directory once and checks the file as a story package or as a library backup. */
export const readImportFile = async (file: Blob, options: ReadPackageOptions = {}): Promise<ReadImport> => {
  const directory = await readZipDirectory(file)
  return isBackupDirectory(directory)
    ? { kind: 'backup', backup: await readBackup(file, directory, options) }
    : { kind: 'story', read: await readStoryPackageFrom(file, directory, options) }
}
