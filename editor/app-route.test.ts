import { describe, expect, test } from 'vitest'
import { parseRoute } from './app-route'

describe('parseRoute', () => {
  test('library, trash, story and play screens', () => {
    expect(parseRoute('')).toEqual({ name: 'library' })
    expect(parseRoute('#/')).toEqual({ name: 'library' })
    expect(parseRoute('#/trash')).toEqual({ name: 'trash' })
    expect(parseRoute('#/story/story%3Amy-street')).toEqual({ name: 'story', id: 'story:my-street' })
    expect(parseRoute('#/play/story:abc')).toEqual({ name: 'play', id: 'story:abc' })
  })
  test('anything odd is the library', () => {
    expect(parseRoute('#/story/')).toEqual({ name: 'library' })
    expect(parseRoute('#/story/%E0%A4%A')).toEqual({ name: 'library' })
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'library' })
  })
})
