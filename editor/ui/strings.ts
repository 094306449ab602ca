import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word the editor shows, in plain English. Sentences are short; each problem says what happened and what to do next.
 */
const english = {
  appName: 'Storysphere',
  tagline: 'Make 360° stories about the places in your life, with your photos, sounds and voice.',
  openingLibrary: 'Opening your stories…',
  /** The interface language picker (C-26); each language is named in itself. */
  uiLanguage: 'App language',

  // Where work lives (A-P1, A-P3, A-F14)
  storageHeading: 'Where your stories are kept',
  keptInBrowser: 'Your stories are kept in this browser, on this device. They are not online.',
  keptInMemory: 'Your stories are only in this page. They are gone when you close it.',
  persisted: 'This browser promised to keep your stories.',
  notPersisted: 'This browser may clear your stories when space is low — download backups.',
  memoryBannerTitle: 'This browser can’t keep your work',
  memoryBanner: 'Storysphere works, but your stories are only in this page. Download a backup before you close it.',
  lastBackupNever: 'No backup downloaded yet.',
  lastBackup: (when: string) => `Last backup: ${when}.`,
  downloadBackup: 'Download backup',
  downloadingBackup: 'Making the backup…',
  backupMade: (file: string) => `Backup ready: ${file}. Keep it somewhere safe, like a USB stick or your email.`,
  backupFailed: 'The backup could not be made. Try again.',
  reminderEdits: (count: number) => `You have made ${count} changes since your last backup. Download a backup now.`,
  reminderDays: (days: number) => `Your last backup is ${days} days old. Download a backup now.`,
  reminderNever: 'You have not downloaded a backup yet. Download one now.',

  // Save status (A-P1, A-P4, A-F4, A-F10)
  saved: 'Saved in this browser',
  savedInMemory: 'Kept in this page only — download a backup before closing',
  saving: 'Saving…',
  notSavedQuota: 'Not saved: storage is full — download a backup and free space',
  notSavedQuotaHelp:
    'Your changes are still here. Download a backup now. Then empty the Trash or delete stories you don’t need; saving tries again by itself.',
  notSavedConflict: 'Not saved: this story was changed in another tab',
  notSavedConflictHelp: 'Your changes are still here. Download a backup so nothing is lost, then reload this page.',
  notSavedUnavailable: 'Not saved: this browser stopped letting us save',
  notSavedUnavailableHelp: 'Your changes are still here. Download a backup now, then reload this page.',
  notSavedMedia: 'Not saved: a picture or sound of this story is missing',
  notSavedMediaHelp: 'Your changes are still here. Download a backup so nothing is lost.',
  notSavedInvalid: 'Not saved: the story has a mistake that must be fixed first',
  notSavedInvalidHelp: 'Your changes are still here. Undo the last change, or download a backup so nothing is lost.',
  notSavedError: 'Not saved: something went wrong while saving',
  notSavedErrorHelp: 'Your changes are still here. Saving tries again by itself. Download a backup to be safe.',
  recoveredCopies: (count: number) =>
    `Changes from a tab that closed could not go back into their story, so they are kept as ${count === 1 ? 'a new story' : `${count} new stories`} marked “(recovered)”.`,

  // Library
  yourStories: 'Your stories',
  noStories: 'You have no stories yet. Start a new one, or start from a sample.',
  newStory: 'New story',
  newFromSample: 'New from a sample',
  blankTitle: 'My story',
  blankSceneTitle: 'First place',
  blankSceneDescription: 'A grey space, waiting for your own 360° photo.',
  blankPanoramaDescription: 'A plain grey 360° picture to start from',
  creating: 'Making a new story…',
  newStoryHeading: 'New story',
  fromPhotoHeading: 'With your own 360° photo',
  photoFileLabel: 'Your 360° photo',
  photoFileHint: 'A JPEG, PNG or WebP file, up to 100 MB. It stays in this browser. The story opens when the photo is ready.',
  choosePhotoFirst: 'Choose a photo first.',
  makeFromPhoto: 'Make the story with this photo',
  photoImportFailed: 'The photo could not be prepared. Try again, or try another photo.',
  blankHeading: 'Or start with a plain grey scene',
  blankHelp: 'You can add your own 360° photos later.',
  newBlankStory: 'New blank story',
  created: (title: string) => `New story “${title}” made.`,
  open: 'Open',
  play: 'Play',
  rename: 'Rename',
  duplicate: 'Duplicate',
  delete: 'Delete',
  changed: (when: string) => `Changed ${when}`,
  openElsewhere: 'Open in another tab',
  onlyInPage: 'Only in this page, not saved',
  openElsewhereAction: 'This story is open in another tab. Close it there first.',
  renamed: (title: string) => `Renamed to “${title}”.`,
  duplicated: (title: string) => `Copied as “${title}”.`,
  copyTitle: (title: string) => `${title} (copy)`,
  movedToTrash: (title: string) => `“${title}” moved to the Trash.`,
  undo: 'Undo',
  cantOpen: 'Can’t open this story',
  cantOpenHelp: 'Its saved data is damaged. Download the raw data and keep it; someone can try to repair it.',
  downloadRaw: 'Download raw data',
  details: 'Details',
  untitled: 'Story without a title',
  dismiss: 'Dismiss',

  // Rename dialog
  renameHeading: 'Rename story',
  titleLabel: 'Story title',
  titleEmpty: 'Write a title, at least one letter.',
  save: 'Save',
  cancel: 'Cancel',

  // Samples
  samplesCopying: (title: string, done: number, total: number) => `Copying the sample “${title}” into this browser: ${done} of ${total} files`,
  samplesChecking: 'Looking for the sample stories…',
  samplesProgressLabel: 'Copying sample stories',
  samplesDone: 'The sample stories are in your library.',
  samplesOffline: 'Could not copy the sample stories: there seems to be no connection. Your own stories are safe.',
  samplesFailed: (reason: string) => `Could not copy all the sample stories. ${reason} Your own stories are safe.`,
  samplesKept: (titles: string) => `Copied so far: ${titles}.`,
  tryAgain: 'Try again',
  sampleDialogHeading: 'Start from a sample',
  sampleDialogIntro: 'You get your own copy to change. The sample itself stays as it is.',
  useSample: 'Use this sample',
  sampleListFailed: 'The list of samples could not be loaded. Check the connection and try again.',
  close: 'Close',

  // Trash (A-P9, A-F17)
  trash: 'Trash',
  trashCount: (count: number) => `Trash (${count})`,
  trashHeading: 'Trash',
  trashIntro: 'Stories you deleted. Restore one to get it back.',
  trashEmpty: 'The Trash is empty.',
  restore: 'Restore',
  restored: (title: string) => `“${title}” is back in your stories.`,
  deletedAt: (when: string) => `Deleted ${when}`,
  emptyTrash: 'Empty the Trash',
  emptyTrashConfirmHeading: 'Delete these stories for ever?',
  emptyTrashConfirm: (count: number) =>
    `${count === 1 ? 'One story' : `${count} stories`} will be gone for ever. This cannot be undone. Download a backup first if you are not sure.`,
  emptyTrashYes: 'Delete for ever',
  trashEmptied: 'The Trash is empty now.',
  backToStories: 'Back to your stories',

  // Story screen (more in ../story-screen/strings.ts)
  readOnlyTitle: 'Open in another tab',
  readOnly: 'This story is open for editing in another tab or window. Here you can only look at it. Close the other tab to edit here.',
  loadingStory: 'Opening the story…',
  storyNotFound: 'This story is not in your library. It may have been deleted for ever.',
  loadingPlayer: 'Getting the player ready…',
  missingMedia: (count: number) => `${count} picture or sound files are missing; the player shows the rest.`,

  // Times
  onDate: (date: string) => `on ${date}`,
  never: 'never',
  justNow: 'just now',
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type EditorUiEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const strings = defineStrings('editor/ui', english, { nb, ml })
