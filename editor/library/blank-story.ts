import type { Story } from '@story-schema'
import { idFromWords, storySchema } from '@story-schema'
import { strings } from '../ui/strings'
import { makeStoryShell } from './story-shell'

/** A picture already in the media store: its sha-256, size and pixel size. */
export type StoredPicture = { sha256: string; bytes: number; mime: 'image/jpeg' | 'image/png'; widthPx: number; heightPx: number }

/** The stored pictures and optional id, title and language of a new blank story. */
export type BlankStoryInput = {
  /** The grey panorama (2:1) and its small preview. */
  panorama: StoredPicture
  preview: StoredPicture
  id?: string
  title?: string
  language?: string
}

const extension = (mime: StoredPicture['mime']): string => (mime === 'image/png' ? 'png' : 'jpg')

/**
 * A one-scene story to start from: one place with a neutral grey 360° picture (made on a canvas by
 * `blank-panorama.ts` and stored as media), an empty scene and nothing else. Valid by the schema, so it
 * saves and plays at once; the author replaces the picture with their own photo later.
 */
export const makeBlankStory = ({ panorama, preview, id, title = strings.blankTitle, language = 'en' }: BlankStoryInput): Story => {
  const sceneId = idFromWords('scene', 'first-place')
  const assetId = idFromWords('asset', 'blank-panorama')
  const stem = `images/blank-${panorama.sha256.slice(0, 12)}`
  return storySchema.parse({
    ...makeStoryShell({ id, title, language, startSceneId: sceneId }),
    scenes: [
      {
        id: sceneId,
        title: { [language]: strings.blankSceneTitle },
        description: { [language]: strings.blankSceneDescription },
        panoramaAssetId: assetId,
        northHeadingDeg: 0,
        initialView: { yawDeg: 0, pitchDeg: 0, fovDeg: 75 },
        soundscape: { beds: [], sounds: [] },
        narrations: [],
        hotspots: [],
        onEnter: [],
      },
    ],
    assets: [
      {
        id: assetId,
        kind: 'panorama',
        path: `${stem}.${extension(panorama.mime)}`,
        mime: panorama.mime,
        bytes: panorama.bytes,
        sha256: panorama.sha256,
        widthPx: panorama.widthPx,
        heightPx: panorama.heightPx,
        projection: { type: 'full' },
        derivatives: [
          {
            role: 'preview',
            path: `${stem}-preview.${extension(preview.mime)}`,
            mime: preview.mime,
            bytes: preview.bytes,
            sha256: preview.sha256,
            widthPx: preview.widthPx,
            heightPx: preview.heightPx,
          },
        ],
        description: { [language]: strings.blankPanoramaDescription },
        credit: { author: 'Storysphere', licence: 'CC0-1.0' },
      },
    ],
  })
}
