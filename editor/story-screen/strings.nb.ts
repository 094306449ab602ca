import type { Translation } from '@i18n'
import type { StoryScreenEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
export const nb: Translation<StoryScreenEnglish> = {
  tabsLabel: 'Arbeid med fortellingen',
  tabs: { scenes: 'Scener', map: 'Fortellingskart', play: 'Spill av', captions: 'Teksting', languages: 'Språk', credits: 'Kreditering' },
  loadingPanel: 'Gjør denne visningen klar …',
  renameStep: 'Gi fortellingen nytt navn',
  readOnlyWhat:
    'For at ingenting skal blandes sammen, er sceneredigeringen slått av her. Du kan se på fortellingskartet og spille av fortellingen.',
  mapHeading: 'Kart over fortellingen',
  mapHelp: 'Velg en scene for å åpne den i sceneredigeringen.',
  mapHelpReadOnly: 'Velg en scene for å spille av fortellingen derfra.',
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
