import type { Translation } from '@i18n'
import type { CreditsEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
export const nb: Translation<CreditsEnglish> = {
  heading: 'Kreditering',
  help: 'Skriv hvem som laget hvert bilde og hver lyd, hvor det kommer fra og hvordan det kan deles. Avspilleren viser dette på krediteringssiden.',
  none: 'Denne fortellingen har ingen bilder eller lyder ennå.',
  missingCount: (count: number) =>
    count === 0 ? 'Alle bilder og lyder er kreditert.' : `${count === 1 ? 'Ett bilde eller én lyd' : `${count} bilder og lyder`} mangler kreditering.`,
  kinds: { panorama: '360°-bilde', image: 'Bilde', audio: 'Lyd' },
  missing: 'Ikke kreditert ennå',
  author: 'Hvem som laget det',
  authorHint: 'Et navn, en gruppe eller «Meg».',
  title: 'Tittel (hvis det har en)',
  sourceUrl: 'Hvor det kommer fra (nettadresse)',
  sourceHint: 'Begynner med https://',
  licence: 'Lisens',
  licenceText: 'Hvilken lisens eller hvilke vilkår',
  licences: {
    'CC0-1.0': 'CC0 – fritt for alle å bruke',
    'CC-BY-4.0': 'CC BY – bruk det, navngi opphavspersonen',
    'CC-BY-SA-4.0': 'CC BY-SA – navngi opphavspersonen, del på samme vilkår',
    'CC-BY-NC-4.0': 'CC BY-NC – navngi opphavspersonen, ikke for penger',
    'CC-BY-NC-SA-4.0': 'CC BY-NC-SA – navngi opphavspersonen, ikke for penger, del på samme vilkår',
    'CC-BY-ND-4.0': 'CC BY-ND – navngi opphavspersonen, ingen endringer',
    'own-work': 'Eget verk – vi laget det',
    'public-domain': 'Falt i det fri (public domain)',
    'all-rights-reserved': 'Alle rettigheter forbeholdt – brukt med tillatelse',
    other: 'Annet (skriv hvilken)',
  },
  thumbnailAlt: '',
  refusals: {
    noAsset: 'Dette bildet eller denne lyden er ikke lenger i fortellingen.',
    authorFirst: 'Skriv hvem som laget det, først.',
    fieldNames: {
      author: 'Navnet på den som laget det',
      title: 'Tittelen',
      sourceUrl: 'Nettadressen',
      licence: 'Lisensen',
      licenceText: 'Lisensen',
    },
    someField: 'Denne verdien',
  },
  step: 'Rediger kreditering',
}
