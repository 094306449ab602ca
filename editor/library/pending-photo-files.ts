/**
 * The files of the photo a new story was just made from ("New story" from a photo), as Blobs by
 * sha-256, kept in this tab for the story screen that opens next, so it shows them from the bytes just
 * stored instead of reading ≈ 10 MB back from IndexedDB. Only the latest new story's files are kept;
 * the screen takes them once (a screen that finds none reads storage as usual).
 */
let pending: { storyId: string; files: ReadonlyMap<string, Blob> } | null = null

/** Keeps the files of the story just made (replacing any kept before). */
export const keepPhotoFiles = (storyId: string, files: ReadonlyMap<string, Blob>): void => {
  pending = files.size > 0 ? { storyId, files } : null
}

/** The files kept for this story (then forgotten), or none. */
export const takePhotoFiles = (storyId: string): ReadonlyMap<string, Blob> => {
  if (pending?.storyId !== storyId) return new Map()
  const { files } = pending
  pending = null
  return files
}
