/** Words about working offline (English). An i18n layer replaces this file later. */
export const appOfflineStrings = {
  ready: 'Storysphere is ready to work offline on this device: it opens even without internet.',
  dismiss: 'OK',
} as const
