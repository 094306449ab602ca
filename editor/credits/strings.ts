import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word of the Credits tab (English).
 */
const english = {
  heading: 'Credits',
  help: 'Say who made each photo and sound, where it came from and how it may be shared. The player shows this on its Credits screen.',
  none: 'This story has no photos or sounds yet.',
  missingCount: (count: number) => (count === 0 ? 'Every photo and sound has a credit.' : `${count === 1 ? 'One photo or sound has' : `${count} photos and sounds have`} no credit yet.`),
  kinds: { panorama: '360° photo', image: 'Picture', audio: 'Sound' },
  missing: 'No credit yet',
  author: 'Who made it',
  authorHint: 'A name, a group or “Me”.',
  title: 'Title (if it has one)',
  sourceUrl: 'Where it came from (web address)',
  sourceHint: 'Starts with https://',
  licence: 'Licence',
  licenceText: 'Which licence or terms',
  licences: {
    'CC0-1.0': 'CC0 – free for anyone to use',
    'CC-BY-4.0': 'CC BY – use it, name the author',
    'CC-BY-SA-4.0': 'CC BY-SA – name the author, share alike',
    'CC-BY-NC-4.0': 'CC BY-NC – name the author, not for money',
    'CC-BY-NC-SA-4.0': 'CC BY-NC-SA – name the author, not for money, share alike',
    'CC-BY-ND-4.0': 'CC BY-ND – name the author, no changes',
    'own-work': 'Own work – we made it',
    'public-domain': 'Public domain',
    'all-rights-reserved': 'All rights reserved – used with permission',
    other: 'Other (write which)',
  },
  thumbnailAlt: '',
  /** Refusals of the credit command. */
  refusals: {
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
  },
  step: 'Edit credit',
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type CreditsEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const creditsStrings = defineStrings('editor/credits', english, { nb, ml })
