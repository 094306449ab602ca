import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/** Every word of the Publish dialog and "Share in the room" (English). */
const english = {
  open: 'Publish…',
  heading: (title: string) => `Publish “${title}”`,
  close: 'Close',
  websiteHeading: 'As a website',
  websiteHelp:
    'A zip with a folder to put on any website. Once opened, it also plays without internet. To play it from a USB stick, open play-offline.html in the folder.',
  websiteButton: 'Download website (.zip)',
  singleHeading: 'As one file',
  singleHelp: 'One .html file that plays in a browser, even from a USB stick or an email attachment. Best for short stories.',
  singleButton: 'Download single file (.html)',
  singleSize: (megabytes: number) => `About ${megabytes} MB.`,
  singleTooBig: (megabytes: number) =>
    `This file would be about ${megabytes} MB. Big files open slowly and may not open on phones at all. The website is better for this story.`,
  shareHeading: 'Share in the room',
  shareHelp: 'Put the story on the workshop laptop, so everyone in the room can open it with a link or a QR code.',
  codeLabel: 'Workshop code',
  codeHint: 'The workshop leader shows it on the laptop screen.',
  codeEmpty: 'Type the workshop code first.',
  shareButton: 'Share',
  making: 'Getting the story ready…',
  sharing: 'Sending the story to the workshop laptop…',
  websiteReady: (file: string) => `Website ready: ${file}.`,
  singleReady: (file: string) => `File ready: ${file}.`,
  missingMedia: (count: number) => `${count === 1 ? 'One picture or sound is' : `${count} pictures or sounds are`} missing; the story plays without them.`,
  failed: 'Publishing did not work. Try again. If it keeps failing, download a backup and ask for help.',
  playerMissing: 'The player for publishing is not ready on this computer. Try again in a moment.',
  shared: 'Shared. Open this link on a phone or headset in the room, or scan the QR code:',
  qrAlt: (title: string) => `QR code for the link to “${title}”`,
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'The link could not be copied. Select it and copy it by hand.',
  shareCode: 'That workshop code is not right. Check it on the workshop laptop and type it again.',
  shareTooBig: 'This story is too big to share in the room. Download it as a website instead and copy it with a USB stick.',
  shareOffline: 'The workshop laptop cannot be reached. Check that you are on the workshop Wi-Fi, then try again.',
  shareNoServer: 'Sharing is not switched on. The workshop leader starts it with “npm run start:lan”.',
  shareRefused: (detail: string) => `The workshop laptop did not take the story: ${detail}`,
  shareRefusedPlain: 'The workshop laptop did not take the story.',
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type PublishEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const publishStrings = defineStrings('editor/publish', english, { nb, ml })
