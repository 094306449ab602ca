import type { Translation } from '@i18n'
import type { GuideEnglish } from './strings'

export const ml: Translation<GuideEnglish> = {}
