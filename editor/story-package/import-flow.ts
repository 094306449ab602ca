import type { LibraryStorage } from '../persistence/library-storage'
import { isPackageError } from './package-error'
import type { ReadBackup } from './read-backup'
import type { ReadImport } from './read-import-file'
import { readImportFile } from './read-import-file'
import type { PackageNote } from './read-story-package'
import { packageMessage, packageStrings } from './strings'
import type { EstimateStorage, SameStoryChoice } from './write-imported-story'
import { writeImportedBackup } from './write-imported-backup'
import { writeImportedStory } from './write-imported-story'

/** Where an import is: what the import panel shows. */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; doneBytes: number; totalBytes: number }
  | { step: 'asking'; fileName: string; title: string }
  | { step: 'saving'; fileName: string; done: number; total: number }
  | { step: 'done'; storyId: string; title: string; outcome: 'new' | 'copy' | 'replaced'; notes: PackageNote[] }
  | { step: 'restored'; storyId: string | null; added: number; copies: number; alreadyHere: number; notes: PackageNote[] }
  | { step: 'failed'; fileName: string; message: string; detail: string; partly?: boolean }

export type ImportFlowDeps = {
  storage: LibraryStorage
  onPhase: (phase: ImportPhase) => void
  /** Asks "keep both or replace?"; null = cancel (nothing is written). */
  ask: (title: string) => Promise<SameStoryChoice | null>
  estimate?: EstimateStorage
}

const failed = (fileName: string, error: unknown): ImportPhase => ({
  step: 'failed',
  fileName,
  message: isPackageError(error) ? packageMessage(error) : packageStrings.importFailedKeep,
  detail: error instanceof Error ? error.message : String(error),
})

const restoreBackup = async (
  storage: LibraryStorage,
  backup: ReadBackup,
  fileName: string,
  onPhase: (phase: ImportPhase) => void,
  estimate: EstimateStorage | undefined,
): Promise<ImportPhase> => {
  onPhase({ step: 'saving', fileName, done: 0, total: backup.media.length })
  try {
    const result = await writeImportedBackup(storage, backup, { estimate, onStored: (done, total) => onPhase({ step: 'saving', fileName, done, total }) })
    if (!result.ok) return { step: 'failed', fileName, message: `${result.message} ${packageStrings.backupPartly(result.added)}`, detail: '', partly: result.added > 0 }
    const { added, copies, alreadyHere, firstStoryId } = result
    return { step: 'restored', storyId: firstStoryId, added, copies, alreadyHere, notes: backup.notes }
  } catch (error) {
    return failed(fileName, error)
  }
}

/**
 * One import, start to end: read and check the whole file (nothing written), ask when the library
 * has the same story, then write. A library backup is restored without questions (see
 * write-imported-backup.ts). Every refusal ends in `failed` with a plain message; the library
 * changes only in the last step (A-F6).
 */
export const runImport = async (file: Blob & { name?: string }, { storage, onPhase, ask, estimate }: ImportFlowDeps): Promise<ImportPhase> => {
  const fileName = file.name ?? 'story'
  const finish = (phase: ImportPhase) => {
    onPhase(phase)
    return phase
  }
  onPhase({ step: 'reading', fileName, doneBytes: 0, totalBytes: file.size })
  let checked: ReadImport
  try {
    checked = await readImportFile(file, { onProgress: ({ doneBytes, totalBytes }) => onPhase({ step: 'reading', fileName, doneBytes, totalBytes }) })
  } catch (error) {
    return finish(failed(fileName, error))
  }
  if (checked.kind === 'backup') return finish(await restoreBackup(storage, checked.backup, fileName, onPhase, estimate))
  const read = checked.read
  const title = read.story.title[read.story.language] ?? Object.values(read.story.title)[0] ?? ''
  const existing = (await storage.listStories()).find((entry) => entry.id === read.story.id)
  let choice: SameStoryChoice | null = null
  if (existing?.kind === 'story') {
    onPhase({ step: 'asking', fileName, title })
    choice = await ask(title)
    if (choice === null) return finish({ step: 'idle' })
  }
  onPhase({ step: 'saving', fileName, done: 0, total: read.media.length })
  try {
    const result = await writeImportedStory(storage, read, choice, {
      estimate,
      onStored: (done, total) => onPhase({ step: 'saving', fileName, done, total }),
    })
    if (!result.ok) return finish({ step: 'failed', fileName, message: result.message, detail: '' })
    const outcome = result.replacedCopyId ? 'replaced' : result.storyId === read.story.id ? 'new' : 'copy'
    return finish({ step: 'done', storyId: result.storyId, title, outcome, notes: read.notes })
  } catch (error) {
    return finish(failed(fileName, error))
  }
}
