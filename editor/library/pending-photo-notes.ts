import type { ImportedPhoto, PhotoImportWarning } from '../photo-import'

/** Notes about the photo a new story was made from, kept until its story screen shows them. */
export type PendingPhotoNotes = { fileName: string; warnings: PhotoImportWarning[] }

const pending = new Map<string, PendingPhotoNotes>()

/** "New story from a photo" keeps the import's notes for the story screen it opens next. */
export const keepPhotoNotes = (storyId: string, photo: Pick<ImportedPhoto, 'fileName' | 'warnings'>): void => {
  if (photo.warnings.length > 0) pending.set(storyId, { fileName: photo.fileName, warnings: photo.warnings })
}

/** The notes waiting for a story screen (they are this tab's, never stored). */
export const peekPhotoNotes = (storyId: string): PendingPhotoNotes | null => pending.get(storyId) ?? null

/** Once shown, the notes are not shown again the next time the story opens. */
export const forgetPhotoNotes = (storyId: string): void => {
  pending.delete(storyId)
}
