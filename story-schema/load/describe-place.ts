import { assetName, choiceName, hotspotName, joinPlace, sceneName, textForMessage } from '../place-names'
import { fieldInWords, localizedFields } from './field-words'
import { isRecord, ownValue } from './plain-data'

/**
 * Names a place in a story file in words, from a path and the (possibly invalid) data it points into:
 * `['story', 'scenes', 2, 'hotspots', 1, 'targetSceneId']` → "Scene 'Harbour' › hotspot 'Door' › target".
 * Scenes and media start the place on their own; everything else on the story starts with "Story".
 */
type Namer = (item: unknown, index: number, language?: string) => string

const nounNamer =
  (noun: string, nameKeys: string[] = ['name', 'title', 'label']): Namer =>
  (item, index, language) => {
    for (const key of nameKeys) {
      const name = textForMessage(ownValue(item, key), language)
      if (name) return `${noun} '${name}'`
    }
    return `${noun} ${index + 1}`
  }

/** How one item of each list is named. */
const itemNamers: Readonly<Record<string, Namer>> = {
  scenes: sceneName,
  hotspots: hotspotName,
  choices: choiceName,
  assets: (item, index) => assetName(item, index),
  variables: nounNamer('variable', ['name']),
  authors: nounNamer('author', ['name']),
  credits: nounNamer('credit', ['role']),
  names: nounNamer('name', []),
  narrations: (item, index) => {
    const language = ownValue(item, 'language')
    return typeof language === 'string' && language.length <= 20 ? `narration (${language})` : `narration ${index + 1}`
  },
  cues: nounNamer('caption', []),
  beds: nounNamer('background sound', []),
  sounds: nounNamer('sound', ['caption']),
  effects: nounNamer('effect', []),
  onEnter: nounNamer('arrival effect', []),
  conditions: nounNamer('condition', []),
  derivatives: nounNamer('smaller copy', []),
  languages: nounNamer('language', []),
}

const envelopeWords: Readonly<Record<string, string>> = { format: 'File format', schemaVersion: 'File format version' }

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The place in words for `path` (from the file envelope down) in `file`, the data the path points into. */
export const describePlace = (file: unknown, path: readonly (string | number)[], language?: string): string => {
  if (path.length === 0) return 'The file'
  const [head, ...rest] = path
  if (head !== 'story') {
    if (typeof head === 'string' && Object.hasOwn(envelopeWords, head)) return envelopeWords[head]!
    return `The file › ${fieldInWords(String(head))}`
  }
  const story = ownValue(file, 'story')
  const ownLanguage = ownValue(story, 'language')
  const storyLanguage = language ?? (typeof ownLanguage === 'string' ? ownLanguage : undefined)
  const parts: string[] = []
  let holder: unknown = story
  let previousField: string | undefined
  for (let index = 0; index < rest.length; index += 1) {
    const segment = rest[index]!
    const next = rest[index + 1]
    const value = ownValue(holder, segment)
    if (typeof segment === 'string' && Array.isArray(value) && typeof next === 'number' && Object.hasOwn(itemNamers, segment)) {
      parts.push(itemNamers[segment]!(ownValue(value, next), next, storyLanguage))
      holder = ownValue(value, next)
      previousField = undefined
      index += 1
      continue
    }
    if (typeof segment === 'number') parts.push(`item ${segment + 1}`)
    else if (previousField && localizedFields.has(previousField) && isRecord(holder)) parts[parts.length - 1] += ` (${segment})`
    else parts.push(fieldInWords(segment))
    previousField = typeof segment === 'string' ? segment : undefined
    holder = value
  }
  const startsAlone = parts.length > 0 && (rest[0] === 'scenes' || rest[0] === 'assets') && typeof rest[1] === 'number'
  return capitalise(startsAlone ? joinPlace(...parts) : joinPlace('Story', ...parts))
}
