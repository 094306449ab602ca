import type { Translation } from '@i18n'
import type { SoundEnglish } from './strings'

export const nb: Translation<SoundEnglish> = {}
