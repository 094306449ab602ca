import type { Translation } from '@i18n'
import type { GuideEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
export const nb: Translation<GuideEnglish> = {
  heading: 'Første steg',
  regionLabel: 'Veiviser for de første stegene',
  intro: 'Lag en liten fortelling i fire steg; hvert steg blir krysset av når du gjør det',
  stepOf: (index: number, count: number) => `Steg ${index} av ${count}`,
  steps: {
    'open-story': {
      title: 'Åpne en fortelling',
      how: 'Under «Fortellingene dine» velger du «Ny fortelling» (fra ditt eget 360°-bilde, eller tom) eller «Ny fra et eksempel». Du kan også åpne en fortelling som allerede er der.',
    },
    'add-scene': {
      title: 'Legg til en scene fra et bilde',
      how: 'I fanen Scener, under «Legg til en scene», velger du «Importer et nytt 360°-bilde», velger bildefilen og trykker «Legg til scene».',
    },
    'add-link': {
      title: 'Koble sammen to scener',
      how: 'Åpne en scene. Under «Ser mot» velger du typen «Lenke til en scene» og trykker «Legg til her». Velg så hvor den fører, i «Fører til».',
    },
    preview: {
      title: 'Prøv fortellingen din',
      how: 'Åpne fanen «Spill av» og gå gjennom fortellingen din, slik en leser vil gjøre.',
    },
  },
  done: 'Ferdig',
  notYet: 'Ikke ennå',
  stepDone: (title: string, next: string | null) => (next ? `Ferdig: ${title}. Neste: ${next}.` : `Ferdig: ${title}. Du har fullført de første stegene!`),
  allDone: 'Du har laget din første fortelling. Bra jobbet! Veiviseren kommer tilbake når du trykker «Hjelp».',
  hide: 'Skjul veiviseren',
  startAgain: 'Begynn på nytt',
  help: 'Hjelp',
  helpHint: 'Veiviser for de første stegene',
}
