import type { LocalizedText, Story } from '@story-schema'
import { localize } from '@story-schema'

/** A function giving story text in the viewer's language, falling back to the story's (C-26). */
export type TextIn = (text: LocalizedText | undefined) => string

export const textIn = (story: Story, language: string): TextIn => (text) => localize(text, language, story.language)

/** Languages written right to left, for `dir` (C-26). */
const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'yi', 'dv', 'ug'])

export const directionOf = (language: string): 'ltr' | 'rtl' =>
  rtlLanguages.has(language.split('-')[0] ?? language) ? 'rtl' : 'ltr'
