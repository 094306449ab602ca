import type { Story } from '../records/story'
import type { StoryState } from './story-state'

/**
 * The story language that best fits a wanted one: the same tag, else one with the same base language
 * ("en-GB" → "en", "pt" → "pt-BR"), else undefined.
 */
export const matchLanguage = (story: Story, wanted: string): string | undefined => {
  if (story.languages.includes(wanted)) return wanted
  const base = wanted.split('-')[0]
  return story.languages.find((language) => language === base) ?? story.languages.find((language) => language.split('-')[0] === base)
}

/** The language to play in: the best match for `wanted` (see `matchLanguage`), else the story's own language. */
export const pickLanguage = (story: Story, wanted?: string): string =>
  (wanted === undefined ? undefined : matchLanguage(story, wanted)) ?? story.language

/** The state in another language, when the story offers it (or a close match); otherwise the state as it was. */
export const setLanguage = (story: Story, state: StoryState, language: string): StoryState => {
  const matched = matchLanguage(story, language)
  return matched === undefined || matched === state.language ? state : { ...state, language: matched }
}
