import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every user-facing string of the story map (English).
 */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

const english = {
  regionLabel: 'Story map',
  showList: 'Show as a list',
  listHeading: 'Scenes and their exits',
  untitledScene: 'Untitled scene',
  start: 'Start',
  ending: 'Ending',
  unreachable: "Can't be reached",
  deadEnd: 'No way out',
  missingScene: 'Missing scene',
  /** Edge label prefixes: a choice and a "go to" effect must read differently from a link, not only look different. */
  choicePrefix: 'Choice: ',
  goToPrefix: 'Go to: ',
  onEntering: 'on entering',
  /**
   * An exit in the list, as words around the (quoted) label and the target's name:
   * "Link “Red door” leads to Harbour", "“Red door” also goes to Cellar", "On entering, it goes to Home".
   */
  exitWords: {
    link: { before: 'Link', after: 'leads to' },
    choice: { before: 'Choice', after: 'leads to' },
    goTo: { before: '', after: 'also goes to' },
    goToOnEntering: { before: 'On entering, it goes to', after: '' },
  },
  brokenTarget: (sceneId: string) => `a scene that does not exist (${sceneId})`,
  noExits: 'No ways out.',
  nodeHelp: 'Press Enter to open the scene.',
  missingNodeName: (sceneId: string) => `Missing scene ${sceneId}`,
  /** Parts of a scene's accessible name: "Scene: Bus stop, start scene, 3 ways out". */
  sceneName: {
    prefix: 'Scene: ',
    start: 'start scene',
    ending: 'ending',
    unreachable: "can't be reached",
    waysOut: (count: number) => (count === 0 ? 'no ways out' : plural(count, 'way out', 'ways out')),
    broken: (count: number) => plural(count, 'broken link', 'broken links'),
  },
  controls: {
    panel: 'Map controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Show the whole map',
    interactive: 'Lock the map',
    minimap: 'Overview of the map',
  },
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type StoryMapEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const storyMapStrings = defineStrings('editor/story-map', english, { nb, ml })
