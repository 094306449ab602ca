import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/** Words about working offline (English). */
const english = {
  ready: 'Storysphere is ready to work offline on this device: it opens even without internet.',
  dismiss: 'OK',
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type AppOfflineEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const appOfflineStrings = defineStrings('editor/app-offline', english, { nb, ml })
