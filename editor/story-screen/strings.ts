import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word the story screen shows (English), besides the shared ones in ../ui/strings.ts. An i18n
 * layer replaces this file later.
 */
const english = {
  tabsLabel: 'Work on the story',
  tabs: { scenes: 'Scenes', map: 'Story map', captions: 'Captions', languages: 'Languages', credits: 'Credits', play: 'Play' },
  renameStep: 'Rename story',
  readOnlyWhat:
    'So that nothing gets mixed up, nothing can be changed here. You can look at every scene, the story map, and play the story.',
  editHereInstead: 'Edit here instead',
  editHereInsteadHint: 'The other tab saves what it has, then can only look.',
  takeOverAsking: 'Asking the other tab to save and let go…',
  takeOverRefused:
    'The other tab could not save its latest changes, so it keeps the story. Go to that tab: download a backup or free some space there.',
  movedAwayTitle: 'Now edited in another tab',
  movedAway:
    'You chose “Edit here instead” in another tab. Everything you did here was saved first. Here you can only look now; close the other tab to edit here again.',
  mapHeading: 'Map of the story',
  mapHelp: 'Choose a scene to open it in the scene editor.',
  mapHelpReadOnly: 'Choose a scene to look at it in the scene editor.',
  loadingMedia: 'Getting the pictures and sounds ready…',
  missingMedia: (count: number) =>
    `${count === 1 ? 'One picture or sound file is' : `${count} picture or sound files are`} missing; the player shows the rest.`,
  playHeading: 'Play the story',
  playHelp: 'The player shows the story as it was when you pressed Play. After changes, press Play again.',
  playFromStart: 'Play from the start',
  playFromScene: (title: string) => `Play from “${title}”`,
  playingFrom: (title: string) => `Playing from “${title}”.`,
  loadingPlayer: 'Getting the player ready…',
  loadingMap: 'Getting the story map ready…',
  loadingPanel: 'Getting this view ready…',
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type StoryScreenEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const storyScreenStrings = defineStrings('editor/story-screen', english, { nb, ml })
