import type { Translation } from '@i18n'
import type { CreditsEnglish } from './strings'

export const ml: Translation<CreditsEnglish> = {}
