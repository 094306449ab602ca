import type { Translation } from '@i18n'
import type { AppOfflineEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
export const nb: Translation<AppOfflineEnglish> = {
  ready: 'Storysphere er klar til å virke uten nett på denne enheten: den åpner seg også uten internett.',
  dismiss: 'OK',
}
