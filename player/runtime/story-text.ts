import type { LocalizedText, Story } from '@story-schema'
import { localize } from '@story-schema'

/** A function giving story text in the viewer's language, falling back to the story's (C-26). */
export type TextIn = (text: LocalizedText | undefined) => string

export const textIn = (story: Story, language: string): TextIn => (text) => localize(text, language, story.language)

/** `dir` for text in a language (C-26): one list of right-to-left languages, in the i18n layer. */
export { directionOf } from '@i18n'
