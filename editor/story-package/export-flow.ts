import type { Story } from '@story-schema'
import type { LibraryStorage } from '../persistence/library-storage'
import { ExportMissingMediaError, exportStoryPackage } from './export-story-package'
import { packageStrings } from './strings'

/** Where an export is: what the export button shows next to itself. */
export type ExportPhase =
  | { step: 'idle' }
  | { step: 'writing'; doneBytes: number; totalBytes: number }
  | { step: 'done'; fileName: string }
  | { step: 'failed'; message: string }

/**
 * Exports one story to a `.story` file and hands it to `download`: the given document (the story
 * screen's latest edits) or the stored story. The stored story is never changed (A-F18).
 */
export const runExport = async (
  storage: LibraryStorage,
  source: { storyId: string } | { story: Story },
  { onPhase, download }: { onPhase: (phase: ExportPhase) => void; download: (blob: Blob, fileName: string) => void },
): Promise<ExportPhase> => {
  const finish = (phase: ExportPhase) => {
    onPhase(phase)
    return phase
  }
  onPhase({ step: 'writing', doneBytes: 0, totalBytes: 0 })
  const loaded = 'story' in source ? { ok: true as const, story: source.story } : await storage.loadStory(source.storyId)
  if (!loaded.ok) return finish({ step: 'failed', message: packageStrings.exportFailed })
  try {
    const file = await exportStoryPackage(storage, loaded.story, { onProgress: (doneBytes, totalBytes) => onPhase({ step: 'writing', doneBytes, totalBytes }) })
    download(file.blob, file.fileName)
    return finish({ step: 'done', fileName: file.fileName })
  } catch (error) {
    return finish({ step: 'failed', message: error instanceof ExportMissingMediaError ? packageStrings.exportMissingMedia(error.paths) : packageStrings.exportFailed })
  }
}
