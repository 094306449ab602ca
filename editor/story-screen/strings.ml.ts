import type { Translation } from '@i18n'
import type { StoryScreenEnglish } from './strings'

export const ml: Translation<StoryScreenEnglish> = {}
