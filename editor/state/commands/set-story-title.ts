import { limits, localizedTextSchema } from '@story-schema'
import type { Command } from '../command'
import { checkedRecord } from '../support/checked-record'
import { withText } from '../support/localized-text'

/** Arguments of `setStoryTitle`: the title in `language` (the story's language by default). */
export type SetStoryTitleArgs = { title: string; language?: string }

const titleSchema = localizedTextSchema({ maxChars: limits.titleMaxChars, minChars: 1 })

/**
 * Gives the story a new title in one language, without spaces at either end; other languages keep
 * theirs. An empty title (or one of spaces only) is refused, as is one over 200 characters.
 */
export const setStoryTitle: Command<SetStoryTitleArgs> = (story, { title, language = story.language }) => {
  const trimmed = title.trim()
  if (story.title[language] === trimmed) return story
  return { ...story, title: checkedRecord(titleSchema, withText(story.title, language, trimmed, true), 'title') }
}
