import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word the player itself shows or speaks, in English, in one place. Story text (titles, labels, descriptions) comes from the story, never from here.
 * Plain language (C-25): short sentences, everyday words.
 */
const english = {
  start: 'Start',
  continue: 'Continue where I stopped',
  startOver: 'Start from the beginning',
  settings: 'Settings',
  settingsTitle: 'Settings',
  settingsIntro: 'Choose how you want to play. You can change this later from the menu.',
  done: 'Done',
  byAuthors: (names: string) => `By ${names}`,
  storyLanguage: 'Language',
  /** The interface language picker (C-26); each language is named in itself. */
  uiLanguage: 'Show buttons and menus in',
  captions: 'Show captions',
  dwell: 'Select by looking (in a headset)',
  dwellOff: 'Off',
  dwellMs: (ms: number) => `${(ms / 1000).toFixed(1)} seconds`,
  snapTurn: 'Turn in steps (in a headset)',
  snapTurnOff: 'Off',
  snapTurnDeg: (deg: number) => `${deg}° steps`,
  reducedMotion: 'Reduce motion (no fades)',
  highContrast: 'High contrast',
  textSize: 'Text size',
  textSizes: { normal: 'Normal', large: 'Large', larger: 'Larger' },

  choices: 'Choices',
  choicesHint: 'Pick one to go on. You do not need to look around.',
  noChoices: 'There is nothing to choose here.',
  /** The word before a hotspot's label on its button ("Go: Red door"). */
  hotspotKinds: { link: 'Go', billboard: 'Open', sound: 'Listen' },
  describe: 'Describe this place',
  hideDescription: 'Hide description',
  viewLabel: 'Panorama. Use the arrow keys to look around, plus and minus to zoom.',
  turnLeft: 'Turn left',
  turnRight: 'Turn right',
  lookUp: 'Look up',
  lookDown: 'Look down',
  useMotion: 'Use motion',
  motionDenied: 'Motion was not allowed. You can still drag to look around.',
  menu: 'Menu',
  close: 'Close',
  back: 'Back',
  restart: 'Restart the story',
  restartConfirm: 'Start again from the beginning?',
  openLink: (label: string) => `${label} (opens a new tab)`,
  sceneOf: (title: string) => `Now at: ${title}`,

  loading: 'Loading…',
  pictureMissing: 'The picture for this place could not be shown. Here is what it shows:',
  unfinishedTitle: "This path isn't finished",
  unfinishedBody: 'The author has not made this part yet. Try another choice.',
  ok: 'OK',

  endTitle: 'The end',
  pathTaken: 'Your path',
  playAgain: 'Play again',
  lookAround: 'Look around',

  textModeNote: 'This device cannot show the 360° pictures, so the story is told in words.',

  enterVr: 'Enter VR',
  exitVr: 'Exit VR',
  recenter: 'Recenter',
  describeShort: 'Describe',
  snapLeft: 'Turn left',
  snapRight: 'Turn right',
  dwellSetting: (label: string) => `Look to select: ${label}`,

  captionsLabel: 'Captions',
  sound: 'Sound',
  pauseSound: 'Pause sound',
  playSound: 'Play sound',
  mute: 'Mute',
  mono: 'Mono sound (the same in both ears)',
  volumes: { narration: 'Narration volume', ambience: 'Background sound volume', effects: 'Sound effects volume' },
  percent: (value: number) => `${Math.round(value * 100)}%`,
  audioUnavailable: 'Some sound could not be played. Captions go on.',
  captionLook: 'Captions',
  captionSize: 'Caption size',
  captionSizes: { small: 'Small', medium: 'Medium', large: 'Large' },
  captionPlate: 'Caption background',
  captionPlateOpacity: (opacity: number) => `${Math.round(opacity * 100)}% dark`,
  captionPosition: 'Caption position',
  captionPositions: {
    'head-locked-below-centre': 'Just below the middle',
    bottom: 'At the bottom',
    top: 'At the top',
    'near-speaker': 'Near who is speaking',
  },
  transcript: 'Transcript',
  transcriptTitle: (scene: string) => `Transcript: ${scene}`,
  transcriptEmpty: 'Nothing is said or heard in this place.',
  transcriptKinds: { description: 'Place', speech: 'Speech', sound: 'Sound', 'hotspot-sound': 'Sound you can play' },
  transcriptTime: (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')}`,

  errorTitle: 'This story could not be opened',
  errorIntro: 'Something in the story file is not right. Here is what we found:',
  badStoryUrl: 'The story address is not allowed. Only stories from this website can be opened.',
  noStoryUrl: 'No story was chosen.',
  storyFetchFailed: (status: string) => `The story file could not be loaded (${status}).`,
  pickSample: 'Open a sample story',

  credits: 'Credits',
  creditsTitle: 'Credits',
  creditsAuthors: 'Made by',
  creditsMedia: 'Pictures and sounds',
  creditsStoryLicence: (licence: string) => `The story may be shared under: ${licence}`,
  creditsBack: 'Back',
  creditsNone: 'No one is credited for the pictures and sounds yet.',
  creditsBy: (author: string) => `by ${author}`,
  creditsSource: 'Source',
  creditsKinds: { panorama: '360° photo', image: 'Picture', audio: 'Sound' },
  licences: {
    'CC0-1.0': 'CC0 (free to use)',
    'CC-BY-4.0': 'CC BY 4.0',
    'CC-BY-SA-4.0': 'CC BY-SA 4.0',
    'CC-BY-NC-4.0': 'CC BY-NC 4.0',
    'CC-BY-NC-SA-4.0': 'CC BY-NC-SA 4.0',
    'CC-BY-ND-4.0': 'CC BY-ND 4.0',
    'own-work': 'Own work',
    'public-domain': 'Public domain',
    'all-rights-reserved': 'All rights reserved',
    other: 'Other licence',
  },
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type PlayerUiEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const strings = defineStrings('player/ui', english, { nb, ml })
