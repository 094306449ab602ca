/** Refusals of the credit command, in words (English; the i18n layer makes this a catalogue). */
export const creditsWords = {
  noAsset: 'This picture or sound is no longer in the story.',
  authorFirst: 'Write who made it first.',
  fieldNames: {
    author: 'The name of who made it',
    title: 'The title',
    sourceUrl: 'The web address',
    licence: 'The licence',
    licenceText: 'The licence',
  } as Record<string, string>,
  someField: 'This value',
} as const
