import type { Translation } from '@i18n'
import type { StoryScreenEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
export const nb: Translation<StoryScreenEnglish> = {
  tabsLabel: 'Arbeid med fortellingen',
  tabs: { scenes: 'Scener', map: 'Fortellingskart', play: 'Spill av', captions: 'Teksting', languages: 'Språk', credits: 'Kreditering' },
  loadingPanel: 'Gjør denne visningen klar …',
  renameStep: 'Gi fortellingen nytt navn',
  readOnlyWhat:
    'For at ingenting skal blandes sammen, kan ingenting endres her. Du kan se på alle scenene og fortellingskartet, og spille av fortellingen.',
  editHereInstead: 'Rediger her i stedet',
  editHereInsteadHint: 'Den andre fanen lagrer det den har, og kan deretter bare se.',
  takeOverAsking: 'Ber den andre fanen om å lagre og slippe taket …',
  takeOverRefused:
    'Den andre fanen kunne ikke lagre de siste endringene sine, så den beholder fortellingen. Gå til den fanen: last ned en sikkerhetskopi eller frigjør litt plass der.',
  movedAwayTitle: 'Redigeres nå i en annen fane',
  movedAway:
    'Du valgte «Rediger her i stedet» i en annen fane. Alt du gjorde her, ble lagret først. Her kan du bare se nå; lukk den andre fanen for å redigere her igjen.',
  mapHeading: 'Kart over fortellingen',
  mapHelp: 'Velg en scene for å åpne den i sceneredigeringen.',
  mapHelpReadOnly: 'Velg en scene for å se på den i sceneredigeringen.',
  loadingMedia: 'Gjør bildene og lydene klare …',
  missingMedia: (count: number) =>
    `${count === 1 ? 'Én bilde- eller lydfil' : `${count} bilde- eller lydfiler`} mangler; avspilleren viser resten.`,
  playHeading: 'Spill av fortellingen',
  playHelp: 'Avspilleren viser fortellingen slik den var da du trykket Spill av. Trykk Spill av igjen etter endringer.',
  playFromStart: 'Spill av fra starten',
  playFromScene: (title: string) => `Spill av fra «${title}»`,
  playingFrom: (title: string) => `Spiller av fra «${title}».`,
  loadingPlayer: 'Gjør avspilleren klar …',
  loadingMap: 'Gjør fortellingskartet klart …',
}
