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
}

/** The plain-language message for each refusal (B-1..B-15, B-30..B-40, A-F6). */
export const packageMessage = (error: PackageError): string => {
  const { names, message, looksLike, neededBytes, freeBytes } = error.params
  const files = listNames(names)
  switch (error.code) {
    case 'not-a-zip':
      return 'This is not a story package. Choose a file that ends in “.story”, made with Storysphere.'
    case 'incomplete':
      return 'The file is incomplete. Download it again.'
    case 'too-large':
      return files
        ? `The package is too large when unpacked (${files}). It may be damaged, or made to fill up your device.`
        : 'The package is too large when unpacked. It may be damaged, or made to fill up your device.'
    case 'size-mismatch':
      return `${files} in the package is not the size the package says. The file is damaged; download it again.`
    case 'nested-zip':
      return `The package has another package or zip file inside (${files}). Story packages can’t hold other packages.`
    case 'too-many-files':
      return 'The package has too many files inside (more than 2,000). It is not a story package we can read.'
    case 'unsafe-names':
      return `The package has files with names we don’t accept: ${files}. A story package only holds story.json and files in images/ and audio/.`
    case 'duplicate-names':
      return `The package has the same file more than once: ${files}. Export the story again from Storysphere.`
    case 'unsupported-format':
      return 'The package uses a format we can’t read (a password or another kind of compression). Export it again from Storysphere.'
    case 'damaged':
      return `${files || 'A file'} in the package is damaged (its check does not match). Download the package again.`
    case 'link-entry':
      return `The package has links or folders we don’t accept: ${files}. Export the story again from Storysphere.`
    case 'no-story':
      return 'No story found in this package: it has no story.json.'
    case 'story-file':
      return `The story in this package can’t be used. ${message ?? ''}`.trim()
    case 'media-missing':
      return `The story uses ${files}, but the package doesn’t have ${names && names.length > 1 ? 'them' : 'it'}. Export the story again.`
    case 'media-wrong-type':
      return `${files} is not what its name says: it is ${looksLike === 'unknown' || !looksLike ? 'not a picture or sound we know' : `a ${looksLike} file`}.`
    case 'media-svg':
      return `${files} is an SVG drawing. SVG is not supported; use PNG or JPEG.`
    case 'media-corrupt':
      return `The picture ${files} is damaged or cut off. Download the package again.`
    case 'media-too-many-pixels':
      return `The picture ${files} is too big (more than 16,384 pixels on a side). Make it smaller and try again.`
    case 'media-animated':
      return `The picture ${files} is animated. Only still pictures can be used.`
    case 'media-too-large':
      return `${files} is too large (more than 200 MB).`
    case 'media-mismatch':
      return `${files} is not the file the story describes (it was changed or damaged). Export the story again.`
    case 'not-enough-space':
      return `There is not enough space in this browser for this story (it needs ${megabytes(neededBytes)}, ${megabytes(freeBytes)} is free). Download a backup, free some space, and try again.`
    case 'read-failed':
      return 'The file could not be read. Choose it again.'
  }
}

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type PackageEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const packageStrings = defineStrings('editor/story-package', english, { nb, ml })
