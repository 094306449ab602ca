import { describe, expect, it } from 'vitest'
import { isCommandError } from '../command'
import { editorTestStory } from '../testing/editor-test-story'
import { expectValid } from '../testing/expect-valid'
import { setStoryTitle } from './set-story-title'

const story = { ...editorTestStory(), languages: ['en', 'nb'] }

describe('setStoryTitle', () => {
  it('changes the title in one language, trimmed, keeping the rest of the story', () => {
    const next = setStoryTitle(story, { title: '  Our street ' })
    expect(next.title.en).toBe('Our street')
    expect(next.scenes).toBe(story.scenes)
    const nb = setStoryTitle(next, { title: 'Gata vår', language: 'nb' })
    expect(nb.title).toEqual({ ...story.title, en: 'Our street', nb: 'Gata vår' })
    expectValid(nb)
    expect(setStoryTitle(nb, { title: 'Our street' })).toBe(nb)
  })

  it('refuses an empty title and one that is too long, in words', () => {
    const refusal = (title: string) => {
      try {
        setStoryTitle(story, { title })
        return null
      } catch (error) {
        return isCommandError(error) ? error.message : 'not a command error'
      }
    }
    expect(refusal('   ')).toMatch(/^The title /)
    expect(refusal('x'.repeat(201))).toMatch(/^The title .*200/)
  })
})
