import type { LibraryStorage } from '../persistence/library-storage'
import { isPackageError } from './package-error'
import type { PackageNote, ReadPackage } from './read-story-package'
import { readStoryPackage } from './read-story-package'
import { packageMessage, packageStrings } from './strings'
import type { EstimateStorage, SameStoryChoice } from './write-imported-story'
import { writeImportedStory } from './write-imported-story'

/** Where an import is: what the import panel shows. */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; doneBytes: number; totalBytes: number }
  | { step: 'asking'; fileName: string; title: string }
  | { step: 'saving'; fileName: string; done: number; total: number }
  | { step: 'done'; storyId: string; title: string; outcome: 'new' | 'copy' | 'replaced'; notes: PackageNote[] }
  | { step: 'failed'; fileName: string; message: string; detail: string }

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

/**
 * One import, start to end: read and check the whole file (nothing written), ask when the library
 * has the same story, then write. Every refusal ends in `failed` with a plain message; the library
 * changes only in the last step (A-F6).
 */
export const runImport = async (file: Blob & { name?: string }, { storage, onPhase, ask, estimate }: ImportFlowDeps): Promise<ImportPhase> => {
  const fileName = file.name ?? 'story'
  const finish = (phase: ImportPhase) => {
    onPhase(phase)
    return phase
  }
  onPhase({ step: 'reading', fileName, doneBytes: 0, totalBytes: file.size })
  let read: ReadPackage
  try {
    read = await readStoryPackage(file, { onProgress: ({ doneBytes, totalBytes }) => onPhase({ step: 'reading', fileName, doneBytes, totalBytes }) })
  } catch (error) {
    return finish(failed(fileName, error))
  }
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
