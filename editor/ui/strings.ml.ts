import type { Translation } from '@i18n'
import type { EditorUiEnglish } from './strings'

/**
 * മലയാളം (Malayalam) for ./strings.ts — started: the library screen first. Keys not here show in
 * English. Written by a non-native speaker: a Malayalam-speaking reviewer should check it.
 */
export const ml: Translation<EditorUiEnglish> = {
  appName: 'Storysphere',
  tagline: 'നിങ്ങളുടെ ഫോട്ടോകളും ശബ്ദങ്ങളും സ്വന്തം സ്വരവും ഉപയോഗിച്ച്, നിങ്ങളുടെ ജീവിതത്തിലെ സ്ഥലങ്ങളെക്കുറിച്ച് 360° കഥകൾ ഉണ്ടാക്കൂ.',
  openingLibrary: 'നിങ്ങളുടെ കഥകൾ തുറക്കുന്നു…',
  uiLanguage: 'ആപ്പിന്റെ ഭാഷ',

  storageHeading: 'നിങ്ങളുടെ കഥകൾ എവിടെയാണ് സൂക്ഷിക്കുന്നത്',
  keptInBrowser: 'നിങ്ങളുടെ കഥകൾ ഈ ഉപകരണത്തിലെ ഈ ബ്രൗസറിലാണ് സൂക്ഷിക്കുന്നത്. അവ ഓൺലൈനിൽ ഇല്ല.',
  lastBackupNever: 'ഇതുവരെ ബാക്കപ്പ് ഡൗൺലോഡ് ചെയ്തിട്ടില്ല.',
  lastBackup: (when: string) => `അവസാന ബാക്കപ്പ്: ${when}.`,
  downloadBackup: 'ബാക്കപ്പ് ഡൗൺലോഡ് ചെയ്യുക',
  downloadingBackup: 'ബാക്കപ്പ് തയ്യാറാക്കുന്നു…',
  reminderNever: 'നിങ്ങൾ ഇതുവരെ ബാക്കപ്പ് ഡൗൺലോഡ് ചെയ്തിട്ടില്ല. ഇപ്പോൾ ഒന്ന് ഡൗൺലോഡ് ചെയ്യൂ.',

  saved: 'ഈ ബ്രൗസറിൽ സേവ് ചെയ്തു',
  saving: 'സേവ് ചെയ്യുന്നു…',

  yourStories: 'നിങ്ങളുടെ കഥകൾ',
  noStories: 'നിങ്ങൾക്ക് ഇതുവരെ കഥകളൊന്നുമില്ല. പുതിയൊരെണ്ണം തുടങ്ങൂ, അല്ലെങ്കിൽ ഒരു മാതൃകയിൽ നിന്ന് തുടങ്ങൂ.',
  newStory: 'പുതിയ കഥ',
  newFromSample: 'മാതൃകയിൽ നിന്ന് പുതിയത്',
  blankTitle: 'എന്റെ കഥ',
  creating: 'പുതിയ കഥ ഉണ്ടാക്കുന്നു…',
  newStoryHeading: 'പുതിയ കഥ',
  fromPhotoHeading: 'നിങ്ങളുടെ സ്വന്തം 360° ഫോട്ടോ ഉപയോഗിച്ച്',
  photoFileLabel: 'നിങ്ങളുടെ 360° ഫോട്ടോ',
  choosePhotoFirst: 'ആദ്യം ഒരു ഫോട്ടോ തിരഞ്ഞെടുക്കൂ.',
  makeFromPhoto: 'ഈ ഫോട്ടോ കൊണ്ട് കഥ ഉണ്ടാക്കുക',
  blankHeading: 'അല്ലെങ്കിൽ ഒരു ചാരനിറ ദൃശ്യത്തിൽ നിന്ന് തുടങ്ങുക',
  blankHelp: 'നിങ്ങളുടെ സ്വന്തം 360° ഫോട്ടോകൾ പിന്നീട് ചേർക്കാം.',
  newBlankStory: 'പുതിയ ശൂന്യമായ കഥ',
  open: 'തുറക്കുക',
  play: 'പ്ലേ ചെയ്യുക',
  rename: 'പേര് മാറ്റുക',
  duplicate: 'പകർപ്പെടുക്കുക',
  delete: 'ഇല്ലാതാക്കുക',
  undo: 'പഴയപടിയാക്കുക',
  details: 'വിശദാംശങ്ങൾ',
  untitled: 'പേരില്ലാത്ത കഥ',
  dismiss: 'അടയ്ക്കുക',

  renameHeading: 'കഥയുടെ പേര് മാറ്റുക',
  titleLabel: 'കഥയുടെ പേര്',
  save: 'സേവ് ചെയ്യുക',
  cancel: 'റദ്ദാക്കുക',

  tryAgain: 'വീണ്ടും ശ്രമിക്കുക',
  sampleDialogHeading: 'ഒരു മാതൃകയിൽ നിന്ന് തുടങ്ങുക',
  useSample: 'ഈ മാതൃക ഉപയോഗിക്കുക',
  close: 'അടയ്ക്കുക',

  trash: 'ട്രാഷ്',
  trashCount: (count: number) => `ട്രാഷ് (${count})`,
  trashHeading: 'ട്രാഷ്',
  trashEmpty: 'ട്രാഷ് ശൂന്യമാണ്.',
  restore: 'തിരികെ കൊണ്ടുവരിക',
  backToStories: 'നിങ്ങളുടെ കഥകളിലേക്ക് മടങ്ങുക',

  loadingStory: 'കഥ തുറക്കുന്നു…',
  loadingPlayer: 'പ്ലെയർ തയ്യാറാക്കുന്നു…',

  never: 'ഒരിക്കലുമില്ല',
  justNow: 'ഇപ്പോൾ',
}
