import type { Translation } from '@i18n'
import type { SoundEnglish } from './strings'

export const ml: Translation<SoundEnglish> = {}
