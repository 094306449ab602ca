import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word of the Captions tab (English).
 */
const english = {
  heading: 'Captions',
  help: 'Captions show the words of a scene’s narration as it plays. Each caption has a start and an end time in seconds.',
  sceneLabel: 'Scene',
  languageLabel: 'Language',
  soundIs: (name: string, seconds: string) => `Narration sound: ${name} (${seconds} s long).`,
  noSound: 'This scene has no narration sound in this language. Captions written here show as the scene plays.',
  noWords: 'This sound has no spoken words (no captions needed)',
  noWordsHint: 'Mark this for music or sounds without speech, so the checks do not ask for captions.',
  waveformHidden: 'The picture of the sound is only a guide; the table below has every caption.',
  loadingWave: 'Reading the sound…',
  waveFailed: 'The sound could not be read, so its picture is not shown. Captions can still be edited.',
  tableLabel: (scene: string, language: string) => `Captions of “${scene}” in ${language}`,
  columns: { number: 'No.', start: 'Start (s)', end: 'End (s)', speaker: 'Speaker', text: 'Words', actions: 'Actions' },
  startOf: (n: number) => `Start of caption ${n}, in seconds`,
  endOf: (n: number) => `End of caption ${n}, in seconds`,
  speakerOf: (n: number) => `Speaker of caption ${n}`,
  textOf: (n: number) => `Words of caption ${n}`,
  timeHint: 'Arrow up or down moves the time by 0.1 s, with Shift by 1 s. Type a time and press Enter.',
  notATime: 'Write a time in seconds, like 2.5.',
  playFrom: (n: number) => `Play from caption ${n}`,
  split: (n: number) => `Split caption ${n}`,
  remove: (n: number) => `Delete caption ${n}`,
  playShort: 'Play',
  splitShort: 'Split',
  removeShort: 'Delete',
  stop: 'Stop',
  add: 'Add a caption',
  newCueText: 'New caption',
  none: 'No captions yet. Add one, or import a WebVTT file.',
  problemsHeading: (count: number) => (count === 1 ? 'One thing to fix' : `${count} things to fix`),
  problemAt: (n: number, message: string) => `Caption ${n}: ${message}`,
  noProblems: 'The captions fit together.',
  importLabel: 'Import a WebVTT file (.vtt)',
  importHint: 'This replaces the captions in this language. You can undo it.',
  exportButton: 'Export as WebVTT',
  imported: (count: number, skipped: number) =>
    `Imported ${count === 1 ? 'one caption' : `${count} captions`}${skipped > 0 ? ` (${skipped} empty skipped)` : ''}.`,
  importFailed: (line: number, message: string) => `The file could not be imported. Line ${line}: ${message}`,
  notText: 'This file could not be read as text.',
  exported: (file: string) => `Saved ${file} to your downloads.`,
  added: (n: number) => `Caption ${n} added.`,
  splitDone: (n: number) => `Caption ${n} split in two.`,
  removed: (n: number) => `Caption ${n} deleted.`,
  noScenes: 'This story has no scenes.',
  steps: {
    edit: 'Edit captions',
    import: 'Import captions',
    noWords: 'Mark no words',
    add: 'Add caption',
    split: 'Split caption',
    remove: 'Delete caption',
  },
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type CaptionsEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const captionsStrings = defineStrings('editor/captions', english, { nb, ml })
