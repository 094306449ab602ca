import type { Translation } from '@i18n'
import type { PlayerUiEnglish } from './strings'

/**
 * മലയാളം (Malayalam) for ./strings.ts — started: the start and settings screens first. Keys not here
 * show in English. Written by a non-native speaker: a Malayalam-speaking reviewer should check it.
 */
export const ml: Translation<PlayerUiEnglish> = {
  start: 'തുടങ്ങുക',
  continue: 'നിർത്തിയിടത്തുനിന്ന് തുടരുക',
  startOver: 'ആദ്യം മുതൽ തുടങ്ങുക',
  settings: 'ക്രമീകരണങ്ങൾ',
  settingsTitle: 'ക്രമീകരണങ്ങൾ',
  settingsIntro: 'എങ്ങനെ കളിക്കണമെന്ന് തിരഞ്ഞെടുക്കുക. ഇത് പിന്നീട് മെനുവിൽ നിന്ന് മാറ്റാം.',
  done: 'കഴിഞ്ഞു',
  byAuthors: (names: string) => `തയ്യാറാക്കിയത്: ${names}`,
  storyLanguage: 'ഭാഷ',
  uiLanguage: 'ബട്ടണുകളും മെനുകളും ഈ ഭാഷയിൽ കാണിക്കുക',
  captions: 'അടിക്കുറിപ്പുകൾ കാണിക്കുക',
  dwell: 'നോക്കിക്കൊണ്ട് തിരഞ്ഞെടുക്കുക (ഹെഡ്സെറ്റിൽ)',
  dwellOff: 'ഓഫ്',
  dwellMs: (ms: number) => `${(ms / 1000).toFixed(1)} സെക്കൻഡ്`,
  snapTurn: 'പടിപടിയായി തിരിയുക (ഹെഡ്സെറ്റിൽ)',
  snapTurnOff: 'ഓഫ്',
  snapTurnDeg: (deg: number) => `${deg}° പടികൾ`,
  reducedMotion: 'ചലനം കുറയ്ക്കുക (ഫേഡുകൾ ഇല്ല)',
  highContrast: 'ഉയർന്ന കോൺട്രാസ്റ്റ്',
  textSize: 'അക്ഷരവലുപ്പം',
  textSizes: { normal: 'സാധാരണ', large: 'വലുത്', larger: 'കൂടുതൽ വലുത്' },

  choices: 'തിരഞ്ഞെടുപ്പുകൾ',
  describe: 'ഈ സ്ഥലം വിവരിക്കുക',
  describeShort: 'വിവരിക്കുക',
  lookAround: 'ചുറ്റും നോക്കുക',
  menu: 'മെനു',
  close: 'അടയ്ക്കുക',
  back: 'പിന്നോട്ട്',
  loading: 'ലോഡ് ചെയ്യുന്നു…',
  ok: 'ശരി',
  endTitle: 'അവസാനം',
  playAgain: 'വീണ്ടും കളിക്കുക',

  captionsLabel: 'അടിക്കുറിപ്പുകൾ',
  sound: 'ശബ്ദം',
  mute: 'നിശ്ശബ്ദമാക്കുക',
  pauseSound: 'ശബ്ദം നിർത്തിവയ്ക്കുക',
  playSound: 'ശബ്ദം പ്ലേ ചെയ്യുക',
  volumes: {
    narration: 'വിവരണത്തിന്റെ ശബ്ദനില',
    ambience: 'പശ്ചാത്തല ശബ്ദത്തിന്റെ ശബ്ദനില',
    effects: 'ശബ്ദ ഇഫക്റ്റുകളുടെ ശബ്ദനില',
  },
  captionPlate: 'അടിക്കുറിപ്പിന്റെ പശ്ചാത്തലം',
  captionPosition: 'അടിക്കുറിപ്പിന്റെ സ്ഥാനം',
  captionPositions: { bottom: 'താഴെ', top: 'മുകളിൽ' },
  mono: 'മോണോ ശബ്ദം (രണ്ട് ചെവിയിലും ഒരുപോലെ)',
  captionLook: 'അടിക്കുറിപ്പുകൾ',
  captionSize: 'അടിക്കുറിപ്പിന്റെ വലുപ്പം',
  captionSizes: { small: 'ചെറുത്', medium: 'ഇടത്തരം', large: 'വലുത്' },
}
