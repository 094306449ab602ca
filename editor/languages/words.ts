/** Refusals of the language commands, in words (English; the i18n layer makes this a catalogue). */
export const languagesWords = {
  noSuchText: 'This text is no longer in the story.',
  badTag: 'This is not a language tag. A tag looks like “fr”, “pt-BR” or “zh-Hant”.',
  alreadyThere: 'The story is already offered in this language.',
  tooMany: 'A story can have at most 20 languages.',
  notThere: 'The story is not offered in this language.',
  keepOriginal: 'The language the story was written in can’t be removed.',
} as const
