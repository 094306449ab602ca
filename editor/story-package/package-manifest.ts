import { z } from 'zod'
import { PackageError } from './package-error'

/** The manifest's format tag and version. */
export const PACKAGE_FORMAT = 'storysphere.package'
export const PACKAGE_VERSION = 1

const manifestFileSchema = z.strictObject({
  path: z.string().max(200),
  bytes: z.number().int().gte(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

const manifestSchema = z.looseObject({
  format: z.literal(PACKAGE_FORMAT),
  version: z.number().int().gte(1),
  files: z.array(manifestFileSchema).max(2_000),
})

/** `manifest.json`: every file of the package (story.json included) with its size and sha-256 (B-12). */
export type PackageManifest = { format: typeof PACKAGE_FORMAT; version: number; createdAt: string; storyId: string; files: ManifestFile[] }
export type ManifestFile = z.infer<typeof manifestFileSchema>

/** The manifest's files by path, or a refusal when it is not one of ours (a damaged package). */
export const parseManifest = (bytes: Uint8Array): Map<string, ManifestFile> => {
  let data: unknown
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    throw new PackageError('damaged', { names: ['manifest.json'] }, error instanceof Error ? error.message : 'not JSON')
  }
  const parsed = manifestSchema.safeParse(data)
  if (!parsed.success) throw new PackageError('damaged', { names: ['manifest.json'] }, parsed.error.message)
  if (parsed.data.version > PACKAGE_VERSION) throw new PackageError('unsupported-format', { names: ['manifest.json'] }, `package version ${parsed.data.version}`)
  return new Map(parsed.data.files.map((file) => [file.path, file]))
}

/** Refuses a file whose size or sha-256 differs from what the manifest lists (B-12). */
export const checkAgainstManifest = (manifest: Map<string, ManifestFile> | null, path: string, bytes: number, sha256: string): void => {
  const listed = manifest?.get(path)
  if (manifest && (!listed || listed.bytes !== bytes || listed.sha256 !== sha256)) {
    throw new PackageError('damaged', { names: [path] }, listed ? 'differs from the manifest' : 'not in the manifest')
  }
}
