import type { Translation } from '@i18n'
import type { CaptionsEnglish } from './strings'

export const ml: Translation<CaptionsEnglish> = {}
