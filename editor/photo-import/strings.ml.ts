import type { Translation } from '@i18n'
import type { PhotoImportEnglish } from './strings'

export const ml: Translation<PhotoImportEnglish> = {}
