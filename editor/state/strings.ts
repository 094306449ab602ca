import { defineStrings } from '@i18n'
import type { Catalogue } from '@i18n'
import { ml } from './strings.ml'
import { nb } from './strings.nb'

/**
 * Every word editor/state gives to people (English): default names of new things (written into the
 * story in its current language) and why a command refused. Callers import `stateMessages` from
 * ./messages or the folder's index; a message is made when the command runs, in the interface
 * language of that moment.
 */
const english = {
  defaultLabels: { link: 'Door', billboard: 'Sign', sound: 'Sound' },
  defaultSceneTitle: 'New scene',
  defaultChoiceLabel: 'Choice',
  defaultEndingMessage: 'The end.',
  fieldNames: {
    title: 'The title',
    label: 'The label',
    description: 'The description',
    body: 'The text',
    url: 'The web address',
    urlLabel: 'The link text',
    caption: 'The caption',
    message: 'The message',
    name: 'The name',
    initial: 'The start value',
    effects: 'The effects',
    visibleIf: 'The condition',
    credit: 'The credit',
    value: 'The value',
    amount: 'The amount',
    variable: 'The variable',
    sceneId: 'The scene',
    assetId: 'The sound',
    gain: 'The volume',
  },
  someField: 'This value',
  tooManyItems: (max: number) => `can have at most ${max} items`,
  notAllowed: 'is not allowed here',
  tooLarge: (max: number) => `is too large (at most ${max})`,
  tooSmall: (min: number) => `is too small (at least ${min})`,
  noScene: (id: string) => `There is no scene with the id “${id}”.`,
  noHotspot: (id: string) => `There is no hotspot with the id “${id}” in this scene.`,
  noChoice: (id: string) => `There is no choice with the id “${id}” on this billboard.`,
  noVariable: (name: string) => `There is no variable called “${name}”.`,
  notAPanorama: (id: string) => `“${id}” is not a 360° photo of this story.`,
  notAnAudio: (id: string) => `“${id}” is not a sound of this story.`,
  notAnImage: (id: string) => `“${id}” is not a picture of this story.`,
  noSoundYet: 'This story has no sounds yet. Add a sound file first.',
  idInUse: (id: string) => `The id “${id}” is already used in this story.`,
  badId: (id: string) => `“${id}” is not a valid id.`,
  lastScene: 'A story needs at least one scene, so the last one can’t be deleted.',
  tooManyScenes: (max: number) => `A story can have at most ${max} scenes.`,
  tooManyHotspots: (max: number) => `A scene can have at most ${max} hotspots.`,
  tooManyChoices: (max: number) => `A billboard can have at most ${max} choices.`,
  tooManyVariables: (max: number) => `A story can have at most ${max} variables.`,
  notABillboard: 'Only a billboard has choices.',
  fieldNotForKind: (field: string, kind: string) => `A ${kind} hotspot has no “${field}”.`,
  notANumber: 'Enter a number.',
  variableNameInUse: (name: string) => `A variable called “${name}” already exists. Choose another name.`,
  variableNameReserved: (name: string) => `“${name}” is a reserved word. Choose another name.`,
  variableNameBadShape: 'A name uses letters, digits and _ only, starts with a letter or _, and is at most 40 characters.',
  variableInUse: (name: string, places: string[]) => {
    const count = places.length === 1 ? '1 place' : `${places.length} places`
    const list = `${places.slice(0, 5).join('; ')}${places.length > 5 ? '; …' : ''}`
    return `“${name}” is still used in ${count}: ${list}. Remove those uses first.`
  },
  wrongValueType: (type: string) => `The start value must be ${type}.`,
  typeNames: { flag: 'true or false', number: 'a number', text: 'text' },
  badMove: 'That position is outside the list.',
  tooManyAssets: (max: number) => `A story can have at most ${max} photos and sounds.`,
  missingHashes: 'Every copy of the photo needs the hash the storage gave it.',
  onlyLinksHaveEffects: 'Only a link has effects; a billboard’s choices have their own.',
} as const

/** The English shape: the translations (strings.nb.ts, strings.ml.ts) are typed against it. */
export type StateEnglish = typeof english

/** `fieldNames` and `typeNames` are looked up by a schema path part or a variable type: any string, maybe without a name. */
type StateMessages = Omit<Catalogue<StateEnglish>, 'fieldNames' | 'typeNames'> & {
  readonly fieldNames: Readonly<Record<string, string>>
  readonly typeNames: Readonly<Record<string, string>>
}

/** The catalogue (C-26): each key reads the interface language when used, English when it has no translation. */
export const stateMessages: StateMessages = defineStrings('editor/state', english, { nb, ml })
