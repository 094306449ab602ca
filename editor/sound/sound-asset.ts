import type { AssetId, AudioAsset, Story } from '@story-schema'
import { assetSchema, extensionForMime, limits } from '@story-schema'
import { CommandError, stateMessages } from '../state'
import { checkedRecord } from '../state/support/checked-record'
import { assertFreeId } from '../state/support/free-id'
import { fileStem, freeStem, usedPackagePaths } from '../state/support/package-paths'
import { soundCommandStrings } from './command-strings'

/** A sound already in the media store (by its sha-256), to add to the story's assets in the same step that uses it. */
export type NewSoundAsset = {
  id: AssetId
  fileName: string
  mime: AudioAsset['mime']
  bytes: number
  sha256: string
  durationMs: number
}

/**
 * The story with the sound added as an `audio` asset at `audio/<name>.<ext>` (a name no other file of
 * the story has, from the file's name), or unchanged when `asset` is undefined.
 */
export const withSoundAsset = (story: Story, asset: NewSoundAsset | undefined): Story => {
  if (!asset) return story
  assertFreeId(story, 'asset', asset.id)
  if (story.assets.length >= limits.maxAssets) throw new CommandError(stateMessages.tooManyAssets(limits.maxAssets))
  const extension = extensionForMime(asset.mime) ?? 'wav'
  const stem = freeStem(fileStem(asset.fileName.replace(/^photo$/i, 'sound')), usedPackagePaths(story), (s) => [`audio/${s}.${extension}`])
  const record: AudioAsset = {
    id: asset.id,
    kind: 'audio',
    path: `audio/${stem}.${extension}`,
    mime: asset.mime,
    bytes: asset.bytes,
    sha256: asset.sha256,
    durationMs: asset.durationMs,
  }
  return { ...story, assets: [...story.assets, checkedRecord(assetSchema, record)] }
}

/** Refuses (in words, for the "assetId" field) an id that is not a sound of the story. */
export const assertSoundAsset = (story: Story, assetId: AssetId): void => {
  const asset = story.assets.find((candidate) => candidate.id === assetId)
  if (asset?.kind !== 'audio') throw new CommandError(soundCommandStrings.notASound(assetId), 'assetId')
}
