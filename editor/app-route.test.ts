import { describe, expect, test } from 'vitest'
import { parseRoute, storyPlaceHash } from './app-route'

describe('parseRoute', () => {
  test('library, trash, story and play screens', () => {
    expect(parseRoute('')).toEqual({ name: 'library' })
    expect(parseRoute('#/')).toEqual({ name: 'library' })
    expect(parseRoute('#/trash')).toEqual({ name: 'trash' })
    expect(parseRoute('#/story/story%3Amy-street')).toEqual({ name: 'story', id: 'story:my-street', view: 'scenes', sceneId: null })
    expect(parseRoute('#/play/story:abc')).toEqual({ name: 'play', id: 'story:abc' })
  })
  test('the tab and the open scene of a story', () => {
    expect(parseRoute('#/story/story%3Aa/scenes/scene%3Ayard')).toEqual({ name: 'story', id: 'story:a', view: 'scenes', sceneId: 'scene:yard' })
    expect(parseRoute('#/story/story%3Aa/scenes')).toEqual({ name: 'story', id: 'story:a', view: 'scenes', sceneId: null })
    expect(parseRoute('#/story/story%3Aa/map')).toEqual({ name: 'story', id: 'story:a', view: 'map', sceneId: null })
    expect(parseRoute('#/story/story%3Aa/play/')).toEqual({ name: 'story', id: 'story:a', view: 'play', sceneId: null })
    expect(parseRoute('#/story/story%3Aa/credits')).toEqual({ name: 'story', id: 'story:a', view: 'credits', sceneId: null })
  })
  test('storyPlaceHash is read back as the same place, odd ids included', () => {
    const places = [
      ['story:a', 'scenes', null],
      ['story:a b/c', 'scenes', 'scene:ü/1 #2'],
      ['story:%', 'map', null],
      ['story:x', 'play', null],
    ] as const
    for (const [id, view, sceneId] of places) expect(parseRoute(storyPlaceHash(id, view, sceneId))).toEqual({ name: 'story', id, view, sceneId })
    expect(storyPlaceHash('story:a')).toBe('#/story/story%3Aa')
  })
  test('anything odd is the library', () => {
    expect(parseRoute('#/story/')).toEqual({ name: 'library' })
    expect(parseRoute('#/story/%E0%A4%A')).toEqual({ name: 'library' })
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'library' })
    expect(parseRoute('#/story/a/map/scene')).toEqual({ name: 'library' })
    expect(parseRoute('#/story/a/unknown')).toEqual({ name: 'library' })
    expect(parseRoute('#/story/a/scenes/%E0%A4%A')).toEqual({ name: 'library' })
    expect(parseRoute('#/trash/x')).toEqual({ name: 'library' })
  })
})
