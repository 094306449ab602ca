import type { Translation } from '@i18n'
import type { StateEnglish } from './strings'

export const ml: Translation<StateEnglish> = {}
