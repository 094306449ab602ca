import { defineStrings } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word the scene editor shows (English). Short sentences; a problem says what is wrong and what
 * to do.
 */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

const english = {
  regionLabel: 'Scene editor',
  readOnlyRefused: 'This tab may only look at the story; it is being edited in another tab.',
  working: 'Working…',
  enterNumber: 'Enter a number, like 12 or -4.5.',

  // History (labels of undo steps: "Undo Move hotspot")
  undo: 'Undo',
  redo: 'Redo',
  undoStep: (label: string) => `Undo ${label}`,
  redoStep: (label: string) => `Redo ${label}`,
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  undone: (label: string) => `Undone: ${label}.`,
  redone: (label: string) => `Redone: ${label}.`,
  steps: {
    addScene: 'Add scene',
    renameScene: 'Rename scene',
    editScene: 'Edit scene',
    deleteScene: 'Delete scene',
    moveScene: 'Move scene',
    setStart: 'Choose start scene',
    setInitialView: 'Set initial view',
    setNorth: 'Set north',
    ending: 'Change ending',
    addHotspot: 'Add hotspot',
    moveHotspot: 'Move hotspot',
    resizeHotspot: 'Resize hotspot',
    editHotspot: 'Edit hotspot',
    changeKind: 'Change hotspot kind',
    deleteHotspot: 'Delete hotspot',
    reorderHotspot: 'Change hotspot order',
    linkNewScene: 'Link to a new scene',
    addChoice: 'Add choice',
    editChoice: 'Edit choice',
    deleteChoice: 'Delete choice',
    reorderChoice: 'Change choice order',
    editEffects: 'Change effects',
    editCondition: 'Change condition',
    addVariable: 'Add variable',
    editVariable: 'Change variable',
    deleteVariable: 'Delete variable',
    importPhoto: 'Add scene from photo',
  },

  // Toolbar and panels
  toolbarLabel: 'Editing tools',
  language: 'Language you are writing in',
  panels: { inspector: 'Details', variables: 'Variables', checks: 'Checks' },
  panelsLabel: 'Side panel',
  checksCount: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? 'Checks: all good'
      : `Checks: ${plural(errors, 'problem', 'problems')}, ${plural(warnings, 'warning', 'warnings')}`,
  shortcutsHelp: 'Ctrl+Z (⌘Z) undoes, Shift+Ctrl+Z (⇧⌘Z) redoes.',

  // Scene list
  scenesHeading: 'Scenes',
  startBadge: 'Start',
  endingBadge: 'Ending',
  openScene: (title: string) => `Open scene ${title}`,
  openNow: 'open now',
  moveUp: 'Move up',
  moveDown: 'Move down',
  makeStart: 'Make start',
  isStart: 'Start scene',
  untitled: 'Untitled',
  missing: (id: string) => `${id} (missing: choose another)`,

  // Add scene
  addSceneHeading: 'Add a scene',
  addSceneTitle: 'Title of the new scene',
  pictureLabel: '360° photo',
  importPhoto: 'Import a new 360° photo',
  importPhotoHint: 'JPEG, PNG or WebP, up to 100 MB. The photo stays in this browser.',
  addSceneButton: 'Add scene',
  sceneAdded: (title: string) => `Scene “${title}” added.`,
  photoAdded: (title: string) => `Photo imported and scene “${title}” added.`,
  noPhotosYet: 'This story has no 360° photos to reuse yet.',
  chooseFile: 'Choose a photo file first.',
  importFailed: 'The photo could not be added. Try again, or try another photo.',

  // Viewport
  viewportHeading: (title: string) => `View of ${title}`,
  flatLabel: 'The whole 360° photo, flattened. Click to look there; drag a hotspot to move it.',
  flatMissing: 'This scene’s photo is missing. Choose another photo in the scene details.',
  /** The short mark for north on the flat panorama. */
  northMark: 'N',
  viewCentre: 'Where the view looks',
  viewHeading: 'Looking',
  yaw: 'Turn (left − / right +)',
  pitch: 'Tilt (down − / up +)',
  zoom: 'Zoom (field of view)',
  degrees: '°',
  turnLeft: 'Turn left 15°',
  turnRight: 'Turn right 15°',
  lookUp: 'Look up 15°',
  lookDown: 'Look down 15°',
  viewReadout: (yaw: number, pitch: number, fov: number) => {
    const turn = `${Math.abs(yaw)}° ${yaw < 0 ? 'left' : 'right'} of the photo’s centre`
    return `Looking ${turn}, ${Math.abs(pitch)}° ${pitch < 0 ? 'down' : 'up'}, zoom ${fov}°.`
  },
  setInitialView: 'Set initial view here',
  setNorth: 'Set north here',
  initialViewSet: 'The scene now starts looking this way.',
  northSet: 'North is now where the view looks.',
  addHere: 'Add here',
  kindToAdd: 'Kind of hotspot to add',
  kinds: { link: 'Link to a scene', billboard: 'Billboard (text and choices)', sound: 'Sound' },
  kindNames: { link: 'link', billboard: 'billboard', sound: 'sound' },
  hotspotAdded: (label: string) => `Hotspot “${label}” added where the view looks.`,
  showPreview: 'Show 360° preview',
  hidePreview: 'Hide 360° preview',
  previewHelp: 'The preview plays the scene as a viewer sees it, from where the view looks. It refreshes after each change.',
  loadingPreview: 'Loading the preview…',

  // The 360° view (issue 5: the player's renderer as the main viewport)
  view360Label: 'The 360° photo',
  view360Help:
    'Drag the photo to look around; scroll or pinch to zoom. Click the photo to add a hotspot of the kind chosen under “Looking”; drag a hotspot to move it (Escape puts it back). Keys: arrows look around, + and − zoom, Enter adds a hotspot in the middle, Tab moves on.',
  view360HelpReadOnly: 'Drag the photo to look around; scroll or pinch to zoom. Keys: arrows look around, + and − zoom, Tab moves on. This tab can only look: the story is being edited in another tab.',
  view360Loading: 'Loading the 360° view…',
  view360Unavailable: 'This browser can’t show the 360° view, so the whole photo is shown flattened instead.',
  direction: (yaw: number, pitch: number) => `turn ${yaw}°, tilt ${pitch}°`,
  hotspotPlaced: (label: string, where: string) => `Hotspot “${label}” added at ${where}.`,
  hotspotMoved: (label: string, where: string) => `Hotspot “${label}” moved to ${where}.`,
  hotspotPutBack: (label: string) => `Hotspot “${label}” put back where it was.`,
  lookAtHotspot: 'Turn the view to it',

  // Hotspot list
  hotspotsHeading: 'Hotspots (in keyboard order)',
  noHotspots: 'No hotspots yet. Turn the view and press “Add here”.',
  selectHotspot: (label: string) => `Select hotspot ${label}`,
  selected: 'selected',
  deleteLabel: 'Delete',
  hotspotDeleted: (label: string) => `Hotspot “${label}” deleted. Undo brings it back.`,

  // Placement (C-28)
  placementHeading: 'Place',
  nudgeHelp: 'Arrow keys move the hotspot 1°, Shift + arrow 10°.',
  nudgePad: (label: string) => `Move ${label} with the arrow keys`,
  nudgeLeft: 'Left',
  nudgeRight: 'Right',
  nudgeUp: 'Up',
  nudgeDown: 'Down',
  size: 'Size',
  moveToView: 'Move to where the view looks',
  sizeSmall: (min: number) => `Smaller than ${min}° is hard to select in a headset.`,

  // Inspector: hotspot
  hotspotHeading: (label: string) => `Hotspot: ${label}`,
  kind: 'Kind',
  kindHint:
    'Changing the kind replaces what only the old kind had (a link’s target, a billboard’s choices). Undo brings it back.',
  label: 'Label (its name for screen readers and voice control)',
  labelHint: 'Short and different from the other hotspots here, like “Red door”.',
  description: 'Description',
  descriptionHint: 'What it is, for people who can’t see it.',
  notTranslated: (language: string) => `No text in ${language} yet.`,
  closeHotspot: 'Back to the scene',
  deleteHotspot: 'Delete hotspot',
  target: 'Leads to',
  newScene: 'A new scene…',
  newSceneMade: (title: string) => `New scene “${title}” made, using this photo until you choose another.`,
  icon: 'Looks like',
  icons: { door: 'A door', arrow: 'An arrow on the ground' },
  title: 'Title',
  body: 'Text',
  image: 'Picture',
  noImage: 'No picture',
  url: 'Web link (optional)',
  urlHint: 'Starts with https://. Viewers are asked before the page opens.',
  urlProblem: 'A link must start with https:// and name a website, like https://example.org.',
  urlLabel: 'Link text',
  choicesHeading: 'Choices (in keyboard order)',
  noChoices: 'No choices: the billboard only shows its text.',
  choiceHeading: (label: string) => `Choice: ${label}`,
  choiceLabel: 'Choice text',
  choiceTarget: 'Leads to',
  stayHere: 'Stays in this scene',
  addChoice: 'Add choice',
  deleteChoice: 'Delete choice',
  sound: 'Sound file',
  noSounds: 'This story has no sound files yet.',
  volume: 'Volume (%)',
  loop: 'Play again and again (loop)',
  caption: 'Caption (the sound in words, like “[a bell rings]”)',

  // Inspector: scene
  sceneHeading: (title: string) => `Scene: ${title}`,
  sceneTitle: 'Title',
  sceneDescription: 'Description (what the place looks like, for people who can’t see it)',
  scenePicture: '360° photo',
  north: 'North (turn that faces north)',
  northHint: 'Turn the view to face north and press “Set north here”, or type the degrees.',
  initialView: (yaw: number, pitch: number, fov: number) => `Starts looking at turn ${yaw}°, tilt ${pitch}°, zoom ${fov}°.`,
  isEnding: 'This scene ends the story',
  endingMessage: 'Ending message',
  onArrival: 'When a viewer arrives',
  deleteScene: 'Delete scene',
  deleteSceneConfirm: (title: string) => `Delete the scene “${title}”?`,
  deleteSceneLinks: (count: number) =>
    count === 0
      ? 'Nothing leads to it.'
      : `${plural(count, 'place leads', 'places lead')} to it. They stay and show as broken links in Checks ` +
        'until you choose another scene:',
  deleteSceneYes: 'Delete',
  deleteSceneNo: 'Keep it',
  sceneDeleted: (title: string) => `Scene “${title}” deleted. Undo brings it back.`,

  // Effects
  effectsWhenChosen: 'When chosen',
  noEffects: 'Nothing else happens.',
  addEffect: 'Add effect',
  removeEffect: 'Remove',
  effectNumber: (n: number) => `Effect ${n}`,
  effectType: 'What happens',
  effectTypes: {
    set: 'Set a variable',
    add: 'Add to a number',
    toggle: 'Switch a flag',
    goTo: 'Go to a scene',
    playSound: 'Play a sound',
    end: 'End the story',
  },
  needsVariable: 'Add a variable first (Variables panel).',
  needsSound: 'Add a sound file first.',
  variable: 'Variable',
  value: 'Value',
  amount: 'Amount (use − to take away)',
  goToScene: 'Scene',
  endMessage: 'Ending message (optional)',
  yes: 'true (yes)',
  no: 'false (no)',

  // Conditions
  conditionLegend: 'When is it shown?',
  always: 'Always shown.',
  onlyIf: 'Only show if',
  allOf: 'all of these are true',
  anyOf: 'any of these is true',
  addCondition: 'Add a condition',
  removeCondition: 'Remove',
  conditionKinds: { compare: 'a variable…', visited: 'the viewer has been to…', notVisited: 'the viewer has not been to…' },
  conditionKind: 'Condition',
  ops: { eq: 'is', ne: 'is not', lt: 'is less than', le: 'is at most', gt: 'is more than', ge: 'is at least' },
  op: 'Comparison',
  tooComplex: 'This condition was made outside the editor and is too complex to change here. You can remove it.',
  removeAllConditions: 'Always show it',
  conditionNumber: (n: number) => `Condition ${n}`,

  // Variables
  variablesHeading: 'Variables',
  variablesHelp: 'Variables remember things during a story, like “hasKey” or “score”.',
  noVariables: 'No variables yet.',
  variableName: 'Name',
  variableType: 'Type',
  types: { flag: 'Flag (true or false)', number: 'Number', text: 'Text' },
  typeNames: { flag: 'flag', number: 'number', text: 'text' },
  startValue: 'Start value',
  addVariable: 'Add variable',
  newVariableName: 'Name of the new variable',
  newVariableHint: 'Letters, digits and _, like hasKey or score.',
  usedIn: (count: number) => (count === 0 ? 'Not used yet.' : `Used in ${plural(count, 'place', 'places')}:`),
  deleteVariable: 'Delete variable',
  variableAdded: (name: string) => `Variable “${name}” added.`,

  // Checks
  checksHeading: 'Checks',
  checksHelp: 'Problems to fix before sharing the story. Choose one to go there.',
  noIssues: 'No problems found.',
  untranslatedCount: (count: number) => (count === 1 ? 'One translation is missing.' : `${count} translations are missing.`),
  openTranslations: 'Open the translation view',
  severity: { error: 'Problem', warning: 'Warning', info: 'Tip' },
  goThere: 'Go there',
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type SceneEditorEnglish = typeof english

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const sceneEditorStrings = defineStrings('editor/scene-editor', english, { nb, ml })
