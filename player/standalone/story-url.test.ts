import { describe, expect, it } from 'vitest'
import { assetResolverFor, storyUrlFrom } from './story-url'

const page = 'https://stories.example/play/'

describe('the ?story= address (same origin, http(s) only)', () => {
  it('accepts a path on this site and resolves assets next to story.json', () => {
    const result = storyUrlFrom(`${page}?story=/samples/my-street/story.json`)
    expect(result.ok && result.url.href).toBe('https://stories.example/samples/my-street/story.json')
    if (result.ok) expect(assetResolverFor(result.url)('images/a.jpg')).toBe('https://stories.example/samples/my-street/images/a.jpg')
  })

  it('refuses other sites and other schemes', () => {
    for (const story of ['https://evil.example/story.json', 'javascript:alert(1)', 'data:application/json,{}', '//evil.example/s.json']) {
      expect(storyUrlFrom(`${page}?story=${encodeURIComponent(story)}`)).toEqual({ ok: false, reason: 'not-allowed' })
    }
  })

  it('says when no story was given', () => {
    expect(storyUrlFrom(page)).toEqual({ ok: false, reason: 'missing' })
  })
})
