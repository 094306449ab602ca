import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word of the Languages tab (English).
 */
const english = {
  heading: 'Languages',
  help: 'The story can be read in each of these languages. The first one is the language it was written in.',
  listLabel: 'Languages of the story',
  original: 'written in this language',
  remove: (name: string) => `Remove ${name}`,
  removeConfirmTitle: (name: string) => `Remove ${name}?`,
  removeConfirmBody: 'The story will no longer be offered in this language, and the scenes’ narrations in it (sound and captions) are removed. The texts written in it are kept, so adding it again brings them back. You can undo this.',
  removeConfirm: 'Remove the language',
  removed: (name: string) => `${name} removed.`,
  added: (name: string) => `${name} added.`,
  addHeading: 'Add a language',
  pickLabel: 'Language',
  pickHint: 'Choose from the list, or type a language tag such as “pt-BR”.',
  otherOption: 'Another language (type its tag)…',
  tagLabel: 'Language tag',
  add: 'Add language',
  rtl: 'written right to left',
  translateHeading: 'Translate',
  translateHelp: 'Each line is a text of the story: the original on the left, the translation on the right. Changes are saved at once.',
  noOtherLanguage: 'Add a language above to translate the story.',
  sourceLabel: 'From',
  targetLabel: 'Into',
  onlyUntranslated: 'Show only texts that are not translated yet',
  untranslatedCount: (count: number, name: string) =>
    count === 0 ? `Everything is translated into ${name}.` : `${count === 1 ? 'One text is' : `${count} texts are`} not translated into ${name} yet.`,
  notTranslated: 'Not translated yet',
  translationOf: (place: string, name: string) => `${place}, in ${name}`,
  original_: (name: string) => `Original (${name})`,
  translation: (name: string) => `Translation (${name})`,
  nothingToShow: 'Nothing to show: every text is translated.',
  tableLabel: (from: string, to: string) => `Texts in ${from} and ${to}`,
  place: 'Where',
  /** Refusals of the language commands. */
  refusals: {
    noSuchText: 'This text is no longer in the story.',
    badTag: 'This is not a language tag. A tag looks like “fr”, “pt-BR” or “zh-Hant”.',
    alreadyThere: 'The story is already offered in this language.',
    tooMany: 'A story can have at most 20 languages.',
    notThere: 'The story is not offered in this language.',
    keepOriginal: 'The language the story was written in can’t be removed.',
  },
  groups: {
    story: 'The story',
    scenes: 'Scenes',
    hotspots: 'Hotspots',
    captions: 'Captions',
    media: 'Pictures and sounds',
  },
  places: {
    storyTitle: 'Story title',
    storySummary: 'Story summary',
    creditRole: (n: number) => `Credits line ${n}`,
    scene: (n: number, title: string) => `Scene ${n} “${title}”`,
    hotspot: (n: number, label: string) => `hotspot ${n} “${label}”`,
    choice: (n: number, label: string) => `choice ${n} “${label}”`,
    asset: (name: string) => `“${name}”`,
    cue: (n: number, time: string) => `caption ${n} (${time})`,
    effect: (n: number) => `ending ${n}`,
    sound: (n: number) => `placed sound ${n}`,
    parts: {
      title: 'title',
      description: 'description',
      endingMessage: 'ending message',
      label: 'label',
      caption: 'caption',
      body: 'text',
      urlLabel: 'link label',
      message: 'message',
    },
  },
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type LanguagesEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const languagesStrings = defineStrings('editor/languages', english, { nb, ml })
