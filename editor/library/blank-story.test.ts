import { checkStory, parseStoryFile, serializeStoryFile } from '@story-schema'
import { describe, expect, test } from 'vitest'
import { makeBlankStory } from './blank-story'

const picture = (sha: string, widthPx: number) => ({ sha256: sha.repeat(64), bytes: 1000, mime: 'image/jpeg' as const, widthPx, heightPx: widthPx / 2 })

describe('a new blank story', () => {
  test('is one valid scene with the grey panorama and its preview, and loads back', () => {
    const story = makeBlankStory({ panorama: picture('a', 2048), preview: picture('b', 256), id: 'story:blank-test' })
    expect(story.scenes).toHaveLength(1)
    expect(story.assets[0]).toMatchObject({ kind: 'panorama', sha256: 'a'.repeat(64), derivatives: [{ role: 'preview', sha256: 'b'.repeat(64) }] })
    const loaded = parseStoryFile(serializeStoryFile(story))
    expect(loaded.ok).toBe(true)
    expect(checkStory(story).filter((issue) => issue.severity === 'error')).toEqual([])
  })
})
