import type { Translation } from '@i18n'
import type { StoryMapEnglish } from './strings'

/** Norsk bokmål for ./strings.ts (complete: a unit test checks every key). */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const nb: Translation<StoryMapEnglish> = {
  regionLabel: 'Fortellingskart',
  showList: 'Vis som liste',
  listHeading: 'Scener og utgangene deres',
  untitledScene: 'Scene uten tittel',
  start: 'Start',
  ending: 'Slutt',
  unreachable: 'Kan ikke nås',
  deadEnd: 'Ingen vei ut',
  missingScene: 'Scene som mangler',
  choicePrefix: 'Valg: ',
  goToPrefix: 'Gå til: ',
  onEntering: 'ved ankomst',
  exitWords: {
    link: { before: 'Lenken', after: 'fører til' },
    choice: { before: 'Valget', after: 'fører til' },
    goTo: { before: '', after: 'går også til' },
    goToOnEntering: { before: 'Ved ankomst går den til', after: '' },
  },
  brokenTarget: (sceneId: string) => `en scene som ikke finnes (${sceneId})`,
  noExits: 'Ingen veier ut.',
  nodeHelp: 'Trykk Enter for å åpne scenen.',
  missingNodeName: (sceneId: string) => `Scene som mangler: ${sceneId}`,
  sceneName: {
    prefix: 'Scene: ',
    start: 'startscene',
    ending: 'slutt',
    unreachable: 'kan ikke nås',
    waysOut: (n: number) => (n === 0 ? 'ingen veier ut' : count(n, 'vei ut', 'veier ut')),
    broken: (n: number) => count(n, 'brutt lenke', 'brutte lenker'),
  },
  controls: {
    panel: 'Kartkontroller',
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    fitView: 'Vis hele kartet',
    interactive: 'Lås kartet',
    minimap: 'Oversikt over kartet',
  },
}
