import type { Translation } from '@i18n'
import type { PackageEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
const listNames = (names: string[] | undefined): string => {
  const list = names ?? []
  const shown = list.slice(0, 4).map((name) => `«${name}»`)
  return list.length > 4 ? `${shown.join(', ')} og ${list.length - 4} til` : shown.join(', ')
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`

export const nb: Translation<PackageEnglish> = {
  exportStory: 'Eksporter',
  exporting: (title: string) => `Lager fortellingsfilen for «${title}» …`,
  exportProgressLabel: 'Lager fortellingsfilen',
  exported: (fileName: string) => `Fortellingsfilen er klar: ${fileName}. Du kan dele den eller ta vare på den som sikkerhetskopi.`,
  exportFailed: 'Fortellingsfilen kunne ikke lages. Prøv igjen.',
  exportMissingMedia: (names: string[]) => `Fortellingsfilen kunne ikke lages: ${listNames(names)} mangler i denne nettleseren.`,

  importHeading: 'Importer en fortellingsfil',
  importHelp: 'Velg en .story-fil eller en sikkerhetskopi av biblioteket (.zip), eller slipp den her. Fortellingene dine forblir som de er til hele filen er sjekket.',
  chooseFile: 'Importer en fortellingsfil',
  dropHere: 'Slipp fortellingsfilen her',
  importing: (fileName: string) => `Sjekker «${fileName}» …`,
  saving: 'Lagrer fortellingen i denne nettleseren …',
  importProgressLabel: 'Importerer fortellingsfilen',

  sameStoryTitle: 'Du har allerede denne fortellingen',
  sameStoryMessage: (title: string) =>
    `«${title}» finnes allerede i biblioteket ditt. Vil du beholde begge, eller erstatte den du har? Hvis du erstatter den, havner din versjon i papirkurven.`,
  keepBoth: 'Behold begge',
  replace: 'Erstatt',
  cancel: 'Avbryt',

  importedTitle: 'Fortellingen er importert',
  imported: (title: string) => `«${title}» ligger nå i biblioteket ditt.`,
  importedCopy: (title: string) => `«${title}» ligger nå i biblioteket ditt, som en kopi.`,
  replaced: (title: string) => `«${title}» ble erstattet. Den gamle versjonen din ligger i papirkurven.`,
  openStory: 'Åpne fortellingen',
  close: 'Lukk',
  notesHeading: 'Greit å vite',
  noteUnreferenced: (names: string[]) => `Disse filene i pakken brukes ikke av fortellingen og ble utelatt: ${listNames(names)}.`,
  noteRepaired: (count: number) => `${count === 1 ? 'Én liten ting' : `${count} små ting`} ble ryddet opp i fortellingen (for eksempel tekst eller vinkler).`,
  noteNoManifest: 'Pakken har ingen liste over filene sine, så hver fil ble sjekket mot fortellingen i stedet.',

  restoredTitle: 'Sikkerhetskopien er importert',
  restored: (added: number) =>
    added === 0
      ? 'Ingenting nytt: alle fortellingene i sikkerhetskopien finnes allerede i biblioteket ditt.'
      : added === 1
        ? 'Én fortelling fra sikkerhetskopien ligger nå i biblioteket ditt.'
        : `${added} fortellinger fra sikkerhetskopien ligger nå i biblioteket ditt.`,
  restoredCopies: (copies: number) =>
    copies === 1 ? 'Én av dem hadde du allerede i en annen versjon; den kom inn som en kopi.' : `${copies} av dem hadde du allerede i en annen versjon; de kom inn som kopier.`,
  restoredAlreadyHere: (count: number) =>
    count === 1 ? 'Én fortelling fantes her allerede, nøyaktig som i sikkerhetskopien.' : `${count} fortellinger fantes her allerede, nøyaktig som i sikkerhetskopien.`,
  backupPartly: (added: number) => (added === 0 ? 'Ingen fortelling fra sikkerhetskopien ble lagt til.' : `${added} fortellinger fra sikkerhetskopien ble lagt til før dette.`),
  noteBroken: (names: string[]) => `Sikkerhetskopien inneholder også rådata fra fortellinger som ikke kunne åpnes; de ble ikke importert: ${names.join(', ')}.`,

  importFailedTitle: 'Denne fortellingsfilen kan ikke importeres',
  importFailedKeep: 'Ingenting i biblioteket ditt ble endret.',
  details: 'Detaljer',
  openElsewhere: 'Denne fortellingen er åpen i en annen fane. Lukk den der, og importer på nytt.',
  cantReplace: 'Din versjon av denne fortellingen kunne ikke leses, så den ble ikke erstattet. Velg «Behold begge».',

  refusals: {
    'not-a-zip': () => 'Dette er ikke en fortellingspakke. Velg en fil som slutter på «.story», laget med Storysphere.',
    incomplete: () => 'Filen er ufullstendig. Last den ned på nytt.',
    'too-large': (names: string[]) =>
      names.length > 0
        ? `Pakken blir for stor når den pakkes ut (${listNames(names)}). Den kan være skadet, eller laget for å fylle opp enheten din.`
        : 'Pakken blir for stor når den pakkes ut. Den kan være skadet, eller laget for å fylle opp enheten din.',
    'size-mismatch': (names: string[]) => `${listNames(names)} i pakken har ikke den størrelsen pakken oppgir. Filen er skadet; last den ned på nytt.`,
    'nested-zip': (names: string[]) => `Pakken har en annen pakke eller zip-fil inni seg (${listNames(names)}). Fortellingspakker kan ikke inneholde andre pakker.`,
    'too-many-files': () => 'Pakken har for mange filer inni seg (mer enn 2000). Det er ikke en fortellingspakke vi kan lese.',
    'unsafe-names': (names: string[]) =>
      `Pakken har filer med navn vi ikke godtar: ${listNames(names)}. En fortellingspakke inneholder bare story.json og filer i images/ og audio/.`,
    'duplicate-names': (names: string[]) => `Pakken har den samme filen flere ganger: ${listNames(names)}. Eksporter fortellingen på nytt fra Storysphere.`,
    'unsupported-format': () => 'Pakken bruker et format vi ikke kan lese (et passord eller en annen type komprimering). Eksporter den på nytt fra Storysphere.',
    damaged: (names: string[]) => `${listNames(names) || 'En fil'} i pakken er skadet (kontrollsummen stemmer ikke). Last ned pakken på nytt.`,
    'link-entry': (names: string[]) => `Pakken har lenker eller mapper vi ikke godtar: ${listNames(names)}. Eksporter fortellingen på nytt fra Storysphere.`,
    'no-story': () => 'Fant ingen fortelling i denne pakken: den har ingen story.json.',
    'story-file': (message: string) => `Fortellingen i denne pakken kan ikke brukes. ${message}`.trim(),
    'media-missing': (names: string[]) =>
      `Fortellingen bruker ${listNames(names)}, men pakken har ${names.length > 1 ? 'dem' : 'den'} ikke. Eksporter fortellingen på nytt.`,
    'media-wrong-type': (names: string[], looksLike: string) =>
      `${listNames(names)} er ikke det navnet sier: det er ${looksLike === 'unknown' || !looksLike ? 'ikke et bilde eller en lyd vi kjenner' : `en ${looksLike}-fil`}.`,
    'media-svg': (names: string[]) => `${listNames(names)} er en SVG-tegning. SVG støttes ikke; bruk PNG eller JPEG.`,
    'media-corrupt': (names: string[]) => `Bildet ${listNames(names)} er skadet eller avkuttet. Last ned pakken på nytt.`,
    'media-too-many-pixels': (names: string[]) =>
      `Bildet ${listNames(names)} er for stort (mer enn 16 384 piksler på en side). Gjør det mindre og prøv igjen.`,
    'media-animated': (names: string[]) => `Bildet ${listNames(names)} er animert. Bare stillbilder kan brukes.`,
    'media-too-large': (names: string[]) => `${listNames(names)} er for stor (mer enn 200 MB).`,
    'media-mismatch': (names: string[]) =>
      `${listNames(names)} er ikke filen fortellingen beskriver (den er endret eller skadet). Eksporter fortellingen på nytt.`,
    'not-enough-space': (neededBytes: number, freeBytes: number) =>
      `Det er ikke nok plass i denne nettleseren til denne fortellingen (den trenger ${megabytes(neededBytes)}, og ${megabytes(freeBytes)} er ledig). Last ned en sikkerhetskopi, frigjør litt plass og prøv igjen.`,
    'read-failed': () => 'Filen kunne ikke leses. Velg den på nytt.',
  },
}
