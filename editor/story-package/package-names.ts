import { PackageError } from './package-error'
import { packageLimits } from './package-limits'
import type { ZipEntry } from './zip-directory'

/** The entries a story package may hold (B-8): story.json, manifest.json and media at their package paths. */
export const packageEntryPattern = /^(story\.json|manifest\.json|images\/[a-z0-9_-]{1,64}\.(jpg|png|webp)|audio\/[a-z0-9_-]{1,64}\.(mp3|ogg|m4a|wav))$/

/** Folders a zip tool may list on their own (empty entries ending in "/"); they are skipped (B-14). */
const folderPattern = /^([A-Za-z0-9_-]{1,100}\/){1,3}$/

/** Archives inside the package are never opened (B-6). */
const archivePattern = /\.(zip|story|7z|rar|gz|tgz|tar|jar|apk|docx|xlsx|pptx|odt|epub)$/i

/** A name as the person can read it: control and invisible characters shown as \u codes (B-13). */
export const visibleName = (name: string): string =>
  // eslint-disable-next-line no-control-regex
  name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** The key two names collide under on a case-insensitive or normalising file system (B-10, B-13). */
const foldedKey = (name: string): string => name.normalize('NFKC').toLowerCase()

/** What a story package holds, by role; media by package path. */
export type PackageEntries = { story: ZipEntry | undefined; manifest: ZipEntry | undefined; media: Map<string, ZipEntry> }

const declaredCap = (name: string): number => (name.endsWith('.json') ? packageLimits.jsonMaxBytes : packageLimits.mediaMaxBytes)

const refuseIfAny = (code: ConstructorParameters<typeof PackageError>[0], names: string[]) => {
  if (names.length > 0) throw new PackageError(code, { names: names.map(visibleName) })
}

/**
 * Checks every entry of the central directory against `pattern` (the names a package or a backup may
 * have) and answers the files (folders left out) before anything is unpacked: duplicates after case
 * folding and Unicode normalisation (B-10, B-13), archives inside (B-6), links and folders with data
 * (B-14), the name grammar (B-8, B-9), encryption and compression methods (B-11), and the declared
 * sizes and ratios (B-3, B-5). Names are only ever keys in a Map, never paths.
 */
export const checkZipEntries = (entries: ZipEntry[], pattern: RegExp): ZipEntry[] => {
  const seen = new Set<string>()
  const duplicates = entries.filter((entry) => {
    const key = foldedKey(entry.name)
    if (seen.has(key)) return true
    seen.add(key)
    return false
  })
  refuseIfAny('duplicate-names', duplicates.map((entry) => entry.name))
  refuseIfAny('nested-zip', entries.filter((entry) => archivePattern.test(entry.name)).map((entry) => entry.name))
  const folders = entries.filter((entry) => entry.name.endsWith('/'))
  refuseIfAny('link-entry', [...entries.filter((entry) => entry.isLink), ...folders.filter((entry) => entry.unpackedBytes > 0)].map((entry) => entry.name))
  const files = entries.filter((entry) => !folderPattern.test(entry.name) || entry.unpackedBytes > 0)
  const encoder = new TextEncoder()
  refuseIfAny(
    'unsafe-names',
    files
      .filter((entry) => !pattern.test(entry.name) || encoder.encode(entry.name).length > packageLimits.nameMaxBytes)
      .map((entry) => entry.name),
  )
  refuseIfAny('unsupported-format', files.filter((entry) => (entry.flags & 0x41) !== 0 || (entry.method !== 0 && entry.method !== 8)).map((entry) => entry.name))
  refuseIfAny(
    'too-large',
    files
      .filter(
        (entry) =>
          entry.unpackedBytes > declaredCap(entry.name) ||
          (entry.unpackedBytes > packageLimits.ratioFromBytes && entry.unpackedBytes > entry.packedBytes * packageLimits.maxRatio),
      )
      .map((entry) => entry.name),
  )
  refuseIfAny('size-mismatch', files.filter((entry) => entry.method === 0 && entry.unpackedBytes !== entry.packedBytes).map((entry) => entry.name))
  const totalBytes = files.reduce((sum, entry) => sum + entry.unpackedBytes, 0)
  if (totalBytes > packageLimits.totalMaxBytes) throw new PackageError('too-large', { names: [] }, `${totalBytes} bytes in all`)
  return files
}

/** The entries of a `.story` package by role, after `checkZipEntries`. */
export const checkPackageEntries = (entries: ZipEntry[]): PackageEntries => {
  const files = checkZipEntries(entries, packageEntryPattern)
  const media = new Map<string, ZipEntry>()
  for (const entry of files) if (entry.name.startsWith('images/') || entry.name.startsWith('audio/')) media.set(entry.name, entry)
  return {
    story: files.find((entry) => entry.name === 'story.json'),
    manifest: files.find((entry) => entry.name === 'manifest.json'),
    media,
  }
}
