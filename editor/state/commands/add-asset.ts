import type { AssetId, Credit, PanoramaAsset } from '@story-schema'
import { assetSchema, limits } from '@story-schema'
import type { ImportedPhoto } from '../../photo-import'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { checkedRecord } from '../support/checked-record'
import { assertFreeId } from '../support/free-id'
import { fileStem, freeStem, usedPackagePaths } from '../support/package-paths'

/** The sha-256 (hex) the media storage gave each file of an imported photo: the main picture and each copy, in order. */
export type StoredPhotoHashes = { main: string; derivatives: readonly string[] }

/** Arguments of `addAsset`. The caller makes the id (`makeId('asset')`) after storing the files. */
export type AddAssetArgs = {
  id: AssetId
  photo: ImportedPhoto
  sha256: StoredPhotoHashes
  /** What the photo shows, in words (for the story's language unless `language` says otherwise). */
  description?: string
  language?: string
  credit?: Credit
}

const copyName = (stem: string, copy: ImportedPhoto['derivatives'][number]) =>
  copy.role === 'preview' ? `images/${stem}-preview.jpg` : `images/${stem}-${copy.widthPx}.jpg`

/**
 * Adds a photo from editor/photo-import as a panorama asset: `images/<name>.jpg` (a name no other file
 * of the story has, from the photo's file name), its smaller copies (`-2048.jpg`, `-preview.jpg`), the
 * projection and camera pose read from the photo.
 */
export const addAsset: Command<AddAssetArgs> = (story, { id, photo, sha256, description, language, credit }) => {
  assertFreeId(story, 'asset', id)
  if (story.assets.length >= limits.maxAssets) throw new CommandError(stateMessages.tooManyAssets(limits.maxAssets))
  if (sha256.derivatives.length !== photo.derivatives.length) throw new CommandError(stateMessages.missingHashes, 'sha256')
  const pathsFor = (stem: string) => [`images/${stem}.jpg`, ...photo.derivatives.map((copy) => copyName(stem, copy))]
  const stem = freeStem(fileStem(photo.fileName), usedPackagePaths(story), pathsFor)
  const asset: PanoramaAsset = {
    id,
    kind: 'panorama',
    path: `images/${stem}.jpg`,
    mime: photo.main.mime,
    bytes: photo.main.bytes.byteLength,
    sha256: sha256.main,
    widthPx: photo.main.widthPx,
    heightPx: photo.main.heightPx,
    projection: photo.projection,
    derivatives: photo.derivatives.map((copy, i) => ({
      role: copy.role,
      path: copyName(stem, copy),
      mime: copy.mime,
      bytes: copy.bytes.byteLength,
      sha256: sha256.derivatives[i]!,
      widthPx: copy.widthPx,
      heightPx: copy.heightPx,
    })),
    ...(photo.poseHeadingDeg !== undefined ? { poseHeadingDeg: photo.poseHeadingDeg } : {}),
    ...(photo.posePitchDeg !== undefined ? { posePitchDeg: photo.posePitchDeg } : {}),
    ...(photo.poseRollDeg !== undefined ? { poseRollDeg: photo.poseRollDeg } : {}),
    ...(description ? { description: { [language ?? story.language]: description } } : {}),
    ...(credit ? { credit } : {}),
  }
  return { ...story, assets: [...story.assets, checkedRecord(assetSchema, asset)] }
}
