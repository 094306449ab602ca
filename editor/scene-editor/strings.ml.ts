import type { Translation } from '@i18n'
import type { SceneEditorEnglish } from './strings'

export const ml: Translation<SceneEditorEnglish> = {}
