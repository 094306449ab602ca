import { describe, expect, it } from 'vitest'
import { fakeStory } from '../testing/fake-story'
import { matchLanguage, pickLanguage, setLanguage } from './pick-language'
import { startStory } from './start-story'

const story = fakeStory({ language: 'en', languages: ['en', 'nb', 'pt-BR'] })

describe('matchLanguage / pickLanguage / setLanguage', () => {
  it('matches exactly, then by base language', () => {
    expect(matchLanguage(story, 'nb')).toBe('nb')
    expect(matchLanguage(story, 'en-US')).toBe('en')
    expect(matchLanguage(story, 'pt')).toBe('pt-BR')
    expect(matchLanguage(story, 'fr')).toBeUndefined()
    expect(pickLanguage(story, 'fr')).toBe('en')
    expect(pickLanguage(story)).toBe('en')
  })

  it('changes the language only to one the story offers', () => {
    const state = startStory(story).state
    expect(setLanguage(story, state, 'nb').language).toBe('nb')
    expect(setLanguage(story, state, 'fr')).toBe(state)
    expect(setLanguage(story, state, 'en')).toBe(state)
  })
})
