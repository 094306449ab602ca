import type { Story } from '@story-schema'
import { extensionForMime, serializeStoryFile } from '@story-schema'
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import type { LibraryStorage } from './library-storage'
import { storyMediaFiles } from './story-media'

/** A finished backup file. */
export type Backup = { blob: Blob; fileName: string; stories: number; media: number; missingMedia: string[] }

/** The folder name of a story in the zip: its id without "story:" (a colon breaks Windows paths). */
export const backupFolder = (storyId: string): string => storyId.replace(/^story:/, '').replace(/[^A-Za-z0-9_-]/g, '-') || 'story'

const day = (date: Date): string => date.toISOString().slice(0, 10)

/**
 * Writes the whole library as one zip (A-P2): `stories/<id>/story.json`, `trash/<id>/story.json`,
 * `broken/<id>.txt` (raw data of records that can't be opened), `media/<sha256>.<ext>` and
 * `backup.json` (what is inside). `unsaved` are open documents whose latest edits are not stored
 * (storage full, A-P4): they replace their stored version. Streams through fflate's Zip; media are
 * stored as they are (already compressed), JSON is deflated. The stored stories are never changed.
 */
export const writeBackupZip = async (
  storage: LibraryStorage,
  { unsaved = [], now = new Date() }: { unsaved?: Story[]; now?: Date } = {},
): Promise<Backup> => {
  const chunks: Uint8Array[] = []
  let finish: () => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const zip = new Zip((error, chunk, final) => {
    if (error) return fail(error)
    chunks.push(chunk)
    if (final) finish()
  })
  const add = (name: string, data: Uint8Array, compress: boolean) => {
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name)
    zip.add(file)
    file.push(data, true)
  }

  const overrides = new Map<string, Story>(unsaved.map((story) => [story.id, story]))
  const entries: { id: string; title: string; path: string; trashed: boolean }[] = []
  const broken: { id: string; path: string; reason: string }[] = []
  const included: Story[] = []
  for (const listing of await storage.listStories()) {
    const folder = backupFolder(listing.id)
    if (listing.kind === 'broken') {
      const raw = await storage.readRawStory(listing.id)
      if (raw === null) continue
      const path = `broken/${folder}.txt`
      add(path, strToU8(raw), true)
      broken.push({ id: listing.id, path, reason: listing.reason })
      continue
    }
    const loaded = overrides.get(listing.id) ?? (await storage.loadStory(listing.id).then((r) => (r.ok ? r.story : null)))
    overrides.delete(listing.id)
    if (!loaded) continue
    const path = `${listing.trashedAt === null ? 'stories' : 'trash'}/${folder}/story.json`
    add(path, strToU8(serializeStoryFile(loaded)), true)
    entries.push({ id: listing.id, title: listing.title, path, trashed: listing.trashedAt !== null })
    included.push(loaded)
  }
  for (const story of overrides.values()) {
    const path = `stories/${backupFolder(story.id)}/story.json`
    add(path, strToU8(serializeStoryFile(story)), true)
    entries.push({ id: story.id, title: Object.values(story.title)[0] ?? '', path, trashed: false })
    included.push(story)
  }

  const media = new Map(included.flatMap((story) => storyMediaFiles(story).map((file) => [file.sha256, file.mime] as const)))
  const missingMedia: string[] = []
  for (const [sha256, mime] of media) {
    const blob = await storage.getMediaBlob(sha256)
    if (!blob) {
      missingMedia.push(sha256)
      continue
    }
    add(`media/${sha256}.${extensionForMime(mime) ?? 'bin'}`, new Uint8Array(await blob.arrayBuffer()), false)
  }

  const manifest = { format: 'storysphere.backup', version: 1, createdAt: now.toISOString(), stories: entries, broken, missingMedia }
  add('backup.json', strToU8(`${JSON.stringify(manifest, null, 2)}\n`), true)
  zip.end()
  await done
  return {
    blob: new Blob(chunks as BlobPart[], { type: 'application/zip' }),
    fileName: `storysphere-backup-${day(now)}.zip`,
    stories: entries.length,
    media: media.size - missingMedia.length,
    missingMedia,
  }
}
