import type { Story } from '@story-schema'
import { idFromWords, storySchema } from '@story-schema'
import type { ImportedPhoto } from '../photo-import'
import type { StoredPhotoHashes } from '../state'
import { addAsset, addScene } from '../state'
import { strings } from '../ui/strings'
import { makeStoryShell } from './story-shell'

/** An imported photo whose files are stored, and the optional id, title and language of the new story. */
export type PhotoStoryInput = { photo: ImportedPhoto; hashes: StoredPhotoHashes; id?: string; title?: string; language?: string }

/**
 * A one-scene story around the person's own 360° photo: the photo (and its smaller copies) as a
 * panorama, named after the file, and one scene that starts from the photo's own view and north.
 * The editor's commands build it, so it is what "Add a scene" would make; valid by the schema.
 */
export const makePhotoStory = ({ photo, hashes, id, title = strings.blankTitle, language = 'en' }: PhotoStoryInput): Story => {
  const sceneId = idFromWords('scene', 'first-place')
  const assetId = idFromWords('asset', 'first-photo')
  // No scene yet: the commands below add the photo and the scene; the schema checks the result.
  const empty = { ...makeStoryShell({ id, title, language, startSceneId: sceneId }), scenes: [], assets: [] } as unknown as Story
  const withPhoto = addAsset(empty, { id: assetId, photo, sha256: hashes, language })
  const withScene = addScene(withPhoto, {
    id: sceneId,
    panoramaAssetId: assetId,
    title: strings.blankSceneTitle,
    initialView: photo.initialView,
    northHeadingDeg: photo.northHeadingDeg,
    language,
  })
  return storySchema.parse(withScene)
}
