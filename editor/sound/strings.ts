import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every user-facing string of editor/sound (English). An i18n layer replaces this file later; keep
 * messages plain, name the file, and say what to do next.
 */
const quoted = (fileName: string) => `“${fileName}”`
const megabytes = (bytes: number) => `${Math.max(1, Math.ceil(bytes / (1024 * 1024)))} MB`
const minutes = (ms: number) => `${Math.round(ms / 60_000)} minutes`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} seconds`

/** Why a sound could not be imported, by `SoundImportErrorCode`. */
const errorsEnglish = {
  'empty-file': (fileName: string) => `${quoted(fileName)} is empty. Choose the sound again.`,
  'file-too-large': (fileName: string, bytes: number, maxBytes: number) =>
    `${quoted(fileName)} is too big (${megabytes(bytes)}). Sounds can be up to ${megabytes(maxBytes)}. ` +
    'Save it as MP3 or make it shorter first.',
  'not-a-sound': (fileName: string, looksLike: string) =>
    `${quoted(fileName)} is not a sound this tool can read${looksLike === 'unknown' ? '' : ` (it looks like ${looksLike})`}. ` +
    'Use an MP3, M4A, Ogg or WAV sound.',
  truncated: (fileName: string) =>
    `${quoted(fileName)} is cut off: the end of the sound is missing. Copy the file again from where it came from.`,
  corrupt: (fileName: string) =>
    `${quoted(fileName)} could not be played. The file may be damaged, or use a kind of sound this browser can't play. ` +
    'Try saving it as MP3.',
  'too-short': (fileName: string) => `${quoted(fileName)} has no sound in it (it is too short).`,
  'too-long': (fileName: string, durationMs: number, maxMs: number) =>
    `${quoted(fileName)} is too long (${minutes(durationMs)}). Sounds can be at most ${minutes(maxMs)}. Cut it shorter first.`,
  'unsupported-browser': () => "This browser can't check sounds. Update it, or use a recent Chrome, Edge, Firefox or Safari.",
} as const

/** Notes shown after an import worked. */
const notesEnglish = {
  madeSmaller: (fromBytes: number, toBytes: number) =>
    `The sound was very large (${megabytes(fromBytes)}), so it was made smaller (${megabytes(toBytes)}): one channel, 22 kHz. ` +
    'Music may sound a little duller.',
  compressed: (fromBytes: number, toBytes: number) =>
    `The sound was very large (${megabytes(fromBytes)}), so it was compressed to ${megabytes(toBytes)} (Ogg Opus).`,
  convertedOpus: (format: string) => `This ${format} sound was changed to Ogg Opus so that the story's player can read it.`,
  converted: (format: string) =>
    `This ${format} sound was changed to WAV (one channel, 22 kHz) so that every device can play it.`,
  imported: (fileName: string, durationMs: number) => `Imported ${quoted(fileName)} (${seconds(durationMs)}).`,
} as const

/** Words of the soundscape editor in the scene details. */
const soundscapeEnglish = {
  heading: 'Sound of this place',
  bedsHeading: 'Background sounds',
  bedsHelp: 'They play all around, all the time, while people are in this scene.',
  noBeds: 'No background sound yet.',
  positionalHeading: 'Sounds in one direction',
  positionalHelp: 'They come from one direction, like a bird on the left. Turn and tilt are like for hotspots.',
  noPositional: 'No sound in one direction yet.',
  sound: 'Sound',
  volume: 'Volume',
  fadeIn: 'Fade in',
  fadeOut: 'Fade out',
  milliseconds: 'ms',
  degrees: '°',
  metres: 'm',
  loop: 'Play again and again (loop)',
  turn: 'Turn (left − / right +)',
  tilt: 'Tilt (down − / up +)',
  distance: 'Distance',
  caption: 'The sound in words (for captions)',
  bedName: (index: number) => `Background sound ${index + 1}`,
  positionalName: (index: number) => `Sound in one direction ${index + 1}`,
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name}`,
  addBed: 'Add a background sound',
  addPositional: 'Add a sound in one direction',
  placeAtView: 'Move to where the view looks',
  chooseFirst: 'Import a sound first (below), then add it here.',
  previewMix: 'Preview mix',
  stopPreview: 'Stop preview',
  listenHere: 'Listen from here',
  previewPlaying: 'Playing the sounds of this scene.',
  listeningHere: (yawDeg: number, pitchDeg: number) =>
    `Playing the sounds as heard looking at turn ${Math.round(yawDeg)}°, tilt ${Math.round(pitchDeg)}°.`,
  previewStopped: 'Preview stopped.',
  previewFailed: "The sounds couldn't be played in this browser.",
  importBed: 'Import a background sound',
  importPositional: 'Import a sound in one direction',
  importHint: 'MP3, M4A, Ogg or WAV, up to 50 MB and 15 minutes.',
  importing: (fileName: string) => `Checking “${fileName}”…`,
  noStorage: "Sounds can't be stored here (the story is read-only).",
  steps: {
    addBed: 'Add background sound',
    editBed: 'Change background sound',
    removeBed: 'Remove background sound',
    addPositional: 'Add sound in one direction',
    editPositional: 'Change sound in one direction',
    removePositional: 'Remove sound in one direction',
    importSound: 'Import sound',
    narration: 'Record narration',
    removeNarration: 'Remove narration audio',
  },
  added: (name: string) => `${name} added.`,
  removed: (name: string) => `${name} removed.`,
} as const

/** Words of the narration recorder. */
const recorderEnglish = {
  heading: 'Narration',
  help: (language: string) => `A voice telling this scene, in ${language}. Captions are added separately.`,
  current: (fileName: string, durationMs: number) => `Narration: ${fileName} (${seconds(durationMs)}).`,
  none: 'No narration recorded yet.',
  listenSaved: 'Listen to the narration',
  removeSaved: 'Remove the narration sound',
  record: 'Record',
  recordAgain: 'Retake',
  stop: 'Stop recording',
  listen: 'Listen',
  listenTrimmed: 'Listen to the kept part',
  stopListening: 'Stop listening',
  save: 'Save as narration',
  discard: 'Discard',
  asking: 'Asking to use the microphone… If the browser asks, choose Allow.',
  recording: (ms: number) => `Recording… ${clock(ms)}`,
  recorded: (ms: number) => `Recorded ${seconds(ms)}. Listen, trim, then save or retake.`,
  level: 'Microphone level',
  levelText: (percent: number) =>
    percent < 3 ? 'silent' : percent < 20 ? `quiet (${percent}%)` : percent < 85 ? `good (${percent}%)` : `very loud (${percent}%)`,
  trimStart: 'Keep from',
  trimEnd: 'Keep until',
  trimHint: (durationMs: number) => `In milliseconds, from the start. The recording is ${Math.round(durationMs)} ms long.`,
  kept: (ms: number) => `Keeps ${seconds(ms)}.`,
  saving: 'Saving the narration…',
  saved: (language: string) => `Narration saved for ${language}.`,
  errors: {
    denied: 'The microphone is blocked for this page. Allow it in the browser (the lock or camera icon next to the address), then try again.',
    'no-microphone': 'No microphone was found. Plug one in or switch it on, then try again.',
    busy: 'The microphone is being used by another program. Close it, then try again.',
    unsupported: "This browser can't record sound. Use a recent Chrome, Edge, Firefox or Safari.",
    insecure: 'Recording only works on a secure (https) address or on this computer.',
    failed: 'The recording did not work. Try again.',
    empty: 'Nothing was recorded. Check the microphone and try again.',
  },
  trimProblems: {
    'not-a-number': 'Enter a number of milliseconds.',
    'start-negative': 'The start can’t be before 0.',
    'end-beyond': 'The end can’t be after the end of the recording.',
    'end-before-start': 'The end must come after the start.',
    'too-short': 'Keep at least 0.2 seconds.',
  },
} as const

/** Refusals of the sound commands (soundscape-commands.ts, sound-asset.ts). */
const commandsEnglish = {
  notASound: (id: string) => `“${id}” is not a sound of this story.`,
  noBed: (id: string) => `There is no background sound “${id}” in this scene.`,
  noPositional: (id: string) => `There is no sound “${id}” in this scene.`,
  tooManySounds: (max: number) => `A scene can have at most ${max} sounds of this kind.`,
} as const

function clock(ms: number): string {
  const total = Math.floor(ms / 1000)
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}

/** The English shapes: the translations (strings.nb.ts, strings.ml.ts) are typed against them. */
export type SoundEnglish = {
  errors: typeof errorsEnglish
  notes: typeof notesEnglish
  soundscape: typeof soundscapeEnglish
  recorder: typeof recorderEnglish
  commands: typeof commandsEnglish
}

export const soundErrorStrings = defineStrings('editor/sound/errors', errorsEnglish, { nb: nb.errors, ml: ml.errors })

export const soundNoteStrings = defineStrings('editor/sound/notes', notesEnglish, { nb: nb.notes, ml: ml.notes })

export const soundscapeStrings = defineStrings('editor/sound/soundscape', soundscapeEnglish, { nb: nb.soundscape, ml: ml.soundscape })

export const recorderStrings = defineStrings('editor/sound/recorder', recorderEnglish, { nb: nb.recorder, ml: ml.recorder })

export const soundCommandStrings = defineStrings('editor/sound/commands', commandsEnglish, { nb: nb.commands, ml: ml.commands })
