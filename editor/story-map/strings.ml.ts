import type { Translation } from '@i18n'
import type { StoryMapEnglish } from './strings'

export const ml: Translation<StoryMapEnglish> = {}
