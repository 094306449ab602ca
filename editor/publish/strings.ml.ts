import type { Translation } from '@i18n'
import type { PublishEnglish } from './strings'

export const ml: Translation<PublishEnglish> = {}
