import type { Translation } from '@i18n'
import type { EditorUiEnglish } from './strings'

export const nb: Translation<EditorUiEnglish> = {}
