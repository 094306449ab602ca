import { checkStory, parseStoryFile, serializeStoryFile } from '@story-schema'
import { describe, expect, test } from 'vitest'
import { fakeImportedPhoto } from '../photo-import/testing/imported-photo'
import { makePhotoStory } from './photo-story'

const hashes = { main: 'a'.repeat(64), derivatives: ['b'.repeat(64), 'c'.repeat(64)] }

describe('a new story from a photo', () => {
  test('is one valid scene showing the photo, from its own view and north, and loads back', () => {
    const photo = fakeImportedPhoto('Our Yard.jpg', { initialView: { yawDeg: 30, pitchDeg: -5, fovDeg: 80 }, northHeadingDeg: 90 })
    const story = makePhotoStory({ photo, hashes, id: 'story:photo-test' })
    expect(story).toMatchObject({ id: 'story:photo-test', title: { en: 'My story' }, licence: 'own-work', startSceneId: story.scenes[0]!.id })
    expect(story.scenes).toHaveLength(1)
    expect(story.scenes[0]).toMatchObject({
      title: { en: 'First place' },
      panoramaAssetId: story.assets[0]!.id,
      initialView: { yawDeg: 30, pitchDeg: -5, fovDeg: 80 },
      northHeadingDeg: 90,
    })
    expect(story.assets[0]).toMatchObject({
      kind: 'panorama',
      path: 'images/our-yard.jpg',
      sha256: 'a'.repeat(64),
      widthPx: 4096,
      derivatives: [{ path: 'images/our-yard-2048.jpg', sha256: 'b'.repeat(64) }, { role: 'preview', sha256: 'c'.repeat(64) }],
    })
    expect(parseStoryFile(serializeStoryFile(story)).ok).toBe(true)
    expect(checkStory(story).filter((issue) => issue.severity === 'error')).toEqual([])
  })
})
