import type { Translation } from '@i18n'
import type { LanguagesEnglish } from './strings'

export const ml: Translation<LanguagesEnglish> = {}
