import { describe, expect, it } from 'vitest'
import { mediaUrlsFrom, storySourceOf } from './story-source'

/** Just enough of a Document: elements by id (text) and the story meta tag. */
const fakeDocument = ({ blocks = {}, meta }: { blocks?: Record<string, string>; meta?: string }) =>
  ({
    getElementById: (id: string) => (id in blocks ? { textContent: blocks[id] } : null),
    querySelector: () => (meta === undefined ? null : { content: meta }),
  }) as unknown as Document

const page = 'https://stories.example/s/abcdefgh/'

describe('where the standalone page gets its story (issue 7)', () => {
  it('a single file: the story and its media from data blocks, and only data: URLs', () => {
    const source = storySourceOf(
      fakeDocument({ blocks: { 'storysphere-story': '{"x":1}', 'storysphere-media': '{"images/a.jpg":"data:image/jpeg;base64,AA","images/b.jpg":"https://evil.example/b.jpg"}' } }),
      page,
    )
    expect(source.kind).toBe('inline')
    if (source.kind === 'inline') expect([...source.mediaUrls]).toEqual([['images/a.jpg', 'data:image/jpeg;base64,AA']])
  })

  it('a published website: story.json next to the page, named by the meta tag', () => {
    const source = storySourceOf(fakeDocument({ meta: 'story.json' }), page)
    expect(source.kind === 'url' && source.url.href).toBe('https://stories.example/s/abcdefgh/story.json')
  })

  it('a meta tag or ?story= pointing at another site is refused (B-26)', () => {
    expect(storySourceOf(fakeDocument({ meta: 'https://evil.example/story.json' }), page)).toEqual({ kind: 'not-allowed' })
    expect(storySourceOf(fakeDocument({}), `${page}?story=https://evil.example/s.json`)).toEqual({ kind: 'not-allowed' })
  })

  it('nothing at all: the sample list', () => {
    expect(storySourceOf(fakeDocument({}), page)).toEqual({ kind: 'missing' })
  })

  it('media blocks that are not an object give no URLs', () => {
    expect(mediaUrlsFrom('["data:x"]').size).toBe(0)
    expect(mediaUrlsFrom(null).size).toBe(0)
  })
})
