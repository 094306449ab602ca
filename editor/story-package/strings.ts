import type { PackageError } from './package-error'
import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/** A list of file names for a message: the first few, quoted, then "and N more". */
const listNames = (names: string[] | undefined): string => {
  const list = names ?? []
  const shown = list.slice(0, 4).map((name) => `“${name}”`)
  return list.length > 4 ? `${shown.join(', ')} and ${list.length - 4} more` : shown.join(', ')
}

const megabytes = (bytes: number | undefined) => `${Math.ceil((bytes ?? 0) / (1024 * 1024))} MB`

/**
 * Every word the story package (export, import) shows, in plain English. Each refusal says what is wrong and what to do (reliability-a11y.md §B.6).
 */
const english = {
  exportStory: 'Export',
  exporting: (title: string) => `Making the story file for “${title}”…`,
  exportProgressLabel: 'Making the story file',
  exported: (fileName: string) => `Story file ready: ${fileName}. You can share it or keep it as a backup.`,
  exportFailed: 'The story file could not be made. Try again.',
  exportMissingMedia: (names: string[]) =>
    `The story file could not be made: ${listNames(names)} ${names.length === 1 ? 'is' : 'are'} missing from this browser.`,

  importHeading: 'Import a story file',
  importHelp: 'Choose a .story file or a library backup (.zip), or drop it here. Your stories stay as they are until the whole file has been checked.',
  chooseFile: 'Import a story file',
  dropHere: 'Drop the story file here',
  importing: (fileName: string) => `Checking “${fileName}”…`,
  saving: 'Saving the story in this browser…',
  importProgressLabel: 'Importing the story file',

  sameStoryTitle: 'You already have this story',
  sameStoryMessage: (title: string) =>
    `“${title}” is already in your library. Keep both, or replace the one you have? If you replace it, your version goes to the Trash.`,
  keepBoth: 'Keep both',
  replace: 'Replace',
  cancel: 'Cancel',

  importedTitle: 'Story imported',
  imported: (title: string) => `“${title}” is now in your library.`,
  importedCopy: (title: string) => `“${title}” is now in your library, as a copy.`,
  replaced: (title: string) => `“${title}” was replaced. Your old version is in the Trash.`,
  openStory: 'Open the story',
  close: 'Close',
  notesHeading: 'Good to know',
  noteUnreferenced: (names: string[]) => `These files in the package are not used by the story and were left out: ${listNames(names)}.`,
  noteRepaired: (count: number) => `${count === 1 ? 'One small thing was' : `${count} small things were`} tidied up in the story (for example, text or angles).`,
  noteNoManifest: 'The package has no list of its files, so each file was checked against the story instead.',

  restoredTitle: 'Backup imported',
  restored: (added: number) =>
    added === 0
      ? 'Nothing new: every story in the backup is already in your library.'
      : added === 1
        ? 'One story from the backup is now in your library.'
        : `${added} stories from the backup are now in your library.`,
  restoredCopies: (copies: number) =>
    copies === 1 ? 'One of them you already had in another version; it came in as a copy.' : `${copies} of them you already had in another version; they came in as copies.`,
  restoredAlreadyHere: (count: number) => (count === 1 ? 'One story was already here, exactly as in the backup.' : `${count} stories were already here, exactly as in the backup.`),
  backupPartly: (added: number) => (added === 0 ? 'No story from the backup was added.' : `${added} stories from the backup were added before this.`),
  noteBroken: (names: string[]) => `The backup also holds raw data of stories that could not be opened; it was not imported: ${names.join(', ')}.`,

  importFailedTitle: 'This story file can’t be imported',
  importFailedKeep: 'Nothing in your library was changed.',
  details: 'Details',
  openElsewhere: 'This story is open in another tab. Close it there, then import again.',
  cantReplace: 'Your version of this story could not be read, so it was not replaced. Choose “Keep both”.',

  /** Why a package is refused, by `PackageErrorCode` (B-1..B-15, B-30..B-40, A-F6); `names` are the files it is about. */
  refusals: {
    'not-a-zip': () => 'This is not a story package. Choose a file that ends in “.story”, made with Storysphere.',
    incomplete: () => 'The file is incomplete. Download it again.',
    'too-large': (names: string[]) =>
      names.length > 0
        ? `The package is too large when unpacked (${listNames(names)}). It may be damaged, or made to fill up your device.`
        : 'The package is too large when unpacked. It may be damaged, or made to fill up your device.',
    'size-mismatch': (names: string[]) => `${listNames(names)} in the package is not the size the package says. The file is damaged; download it again.`,
    'nested-zip': (names: string[]) => `The package has another package or zip file inside (${listNames(names)}). Story packages can’t hold other packages.`,
    'too-many-files': () => 'The package has too many files inside (more than 2,000). It is not a story package we can read.',
    'unsafe-names': (names: string[]) =>
      `The package has files with names we don’t accept: ${listNames(names)}. A story package only holds story.json and files in images/ and audio/.`,
    'duplicate-names': (names: string[]) => `The package has the same file more than once: ${listNames(names)}. Export the story again from Storysphere.`,
    'unsupported-format': () => 'The package uses a format we can’t read (a password or another kind of compression). Export it again from Storysphere.',
    damaged: (names: string[]) => `${listNames(names) || 'A file'} in the package is damaged (its check does not match). Download the package again.`,
    'link-entry': (names: string[]) => `The package has links or folders we don’t accept: ${listNames(names)}. Export the story again from Storysphere.`,
    'no-story': () => 'No story found in this package: it has no story.json.',
    'story-file': (message: string) => `The story in this package can’t be used. ${message}`.trim(),
    'media-missing': (names: string[]) =>
      `The story uses ${listNames(names)}, but the package doesn’t have ${names.length > 1 ? 'them' : 'it'}. Export the story again.`,
    'media-wrong-type': (names: string[], looksLike: string) =>
      `${listNames(names)} is not what its name says: it is ${looksLike === 'unknown' || !looksLike ? 'not a picture or sound we know' : `a ${looksLike} file`}.`,
    'media-svg': (names: string[]) => `${listNames(names)} is an SVG drawing. SVG is not supported; use PNG or JPEG.`,
    'media-corrupt': (names: string[]) => `The picture ${listNames(names)} is damaged or cut off. Download the package again.`,
    'media-too-many-pixels': (names: string[]) =>
      `The picture ${listNames(names)} is too big (more than 16,384 pixels on a side). Make it smaller and try again.`,
    'media-animated': (names: string[]) => `The picture ${listNames(names)} is animated. Only still pictures can be used.`,
    'media-too-large': (names: string[]) => `${listNames(names)} is too large (more than 200 MB).`,
    'media-mismatch': (names: string[]) =>
      `${listNames(names)} is not the file the story describes (it was changed or damaged). Export the story again.`,
    'not-enough-space': (neededBytes: number, freeBytes: number) =>
      `There is not enough space in this browser for this story (it needs ${megabytes(neededBytes)}, ${megabytes(freeBytes)} is free). Download a backup, free some space, and try again.`,
    'read-failed': () => 'The file could not be read. Choose it again.',
  },
}

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type PackageEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const packageStrings = defineStrings('editor/story-package', english, { nb, ml })

/** The plain-language message for a refused package, in the interface language. */
export const packageMessage = (error: PackageError): string => {
  const { names = [], message = '', looksLike = 'unknown', neededBytes = 0, freeBytes = 0 } = error.params
  const refusals = packageStrings.refusals
  switch (error.code) {
    case 'story-file':
      return refusals['story-file'](message)
    case 'media-wrong-type':
      return refusals['media-wrong-type'](names, looksLike)
    case 'not-enough-space':
      return refusals['not-enough-space'](neededBytes, freeBytes)
    default:
      return refusals[error.code](names)
  }
}
