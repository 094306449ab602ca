import type { Translation } from '@i18n'
import type { AppOfflineEnglish } from './strings'

export const ml: Translation<AppOfflineEnglish> = {}
