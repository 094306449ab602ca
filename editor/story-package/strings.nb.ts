import type { Translation } from '@i18n'
import type { PackageEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
const listNames = (names: string[] | undefined): string => {
  const list = names ?? []
  const shown = list.slice(0, 4).map((name) => `«${name}»`)
  return list.length > 4 ? `${shown.join(', ')} og ${list.length - 4} til` : shown.join(', ')
}

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
}
