import type { Translation } from '@i18n'
import type { PackageEnglish } from './strings'

export const ml: Translation<PackageEnglish> = {}
