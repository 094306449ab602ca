import type { Translation } from '@i18n'
import type { PlayerUiEnglish } from './strings'

export const ml: Translation<PlayerUiEnglish> = {}
