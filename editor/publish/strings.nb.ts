import type { Translation } from '@i18n'
import type { PublishEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
export const nb: Translation<PublishEnglish> = {
  open: 'Publiser …',
  heading: (title: string) => `Publiser «${title}»`,
  close: 'Lukk',
  websiteHeading: 'Som nettsted',
  websiteHelp:
    'En zip-fil med en mappe du kan legge på et hvilket som helst nettsted. Når den er åpnet én gang, spilles den også av uten internett. For å spille den av fra en minnepinne åpner du play-offline.html i mappen.',
  websiteButton: 'Last ned nettsted (.zip)',
  singleHeading: 'Som én fil',
  singleHelp: 'Én .html-fil som spilles av i en nettleser, også fra en minnepinne eller et e-postvedlegg. Best for korte fortellinger.',
  singleButton: 'Last ned én fil (.html)',
  singleSize: (megabytes: number) => `Omtrent ${megabytes} MB.`,
  singleTooBig: (megabytes: number) =>
    `Denne filen blir omtrent ${megabytes} MB. Store filer åpnes sakte og åpnes kanskje ikke i det hele tatt på mobiler. Nettstedet passer bedre for denne fortellingen.`,
  shareHeading: 'Del i rommet',
  shareHelp: 'Legg fortellingen på verkstedets bærbare PC, så alle i rommet kan åpne den med en lenke eller en QR-kode.',
  codeLabel: 'Verkstedkode',
  codeHint: 'Verkstedlederen viser den på skjermen til den bærbare PC-en.',
  codeEmpty: 'Skriv inn verkstedkoden først.',
  shareButton: 'Del',
  making: 'Gjør fortellingen klar …',
  sharing: 'Sender fortellingen til verkstedets bærbare PC …',
  websiteReady: (file: string) => `Nettstedet er klart: ${file}.`,
  singleReady: (file: string) => `Filen er klar: ${file}.`,
  missingMedia: (count: number) =>
    `${count === 1 ? 'Ett bilde eller én lyd mangler' : `${count} bilder eller lyder mangler`}; fortellingen spilles av uten dem.`,
  failed: 'Publiseringen virket ikke. Prøv igjen. Hvis det fortsatt ikke virker, last ned en sikkerhetskopi og be om hjelp.',
  playerMissing: 'Avspilleren for publisering er ikke klar på denne datamaskinen. Prøv igjen om et øyeblikk.',
  shared: 'Delt. Åpne denne lenken på en mobil eller et VR-headset i rommet, eller skann QR-koden:',
  qrAlt: (title: string) => `QR-kode for lenken til «${title}»`,
  copy: 'Kopier lenken',
  copied: 'Lenken er kopiert.',
  copyFailed: 'Lenken kunne ikke kopieres. Merk den og kopier den selv.',
  shareCode: 'Den verkstedkoden stemmer ikke. Sjekk den på verkstedets bærbare PC og skriv den inn på nytt.',
  shareTooBig: 'Denne fortellingen er for stor til å deles i rommet. Last den ned som nettsted i stedet, og kopier den med en minnepinne.',
  shareOffline: 'Får ikke kontakt med verkstedets bærbare PC. Sjekk at du er på verkstedets wifi, og prøv igjen.',
  shareNoServer: 'Deling er ikke slått på. Verkstedlederen starter det med «npm run start:lan».',
  shareRefused: (detail: string) => `Verkstedets bærbare PC tok ikke imot fortellingen: ${detail}`,
  shareRefusedPlain: 'Verkstedets bærbare PC tok ikke imot fortellingen.',
}
