import { defaultPlayerDefaults } from '../../records/player-defaults'
import { cloneJson } from '../clone-json'
import { describePlace } from '../describe-place'
import type { JsonPath } from '../plain-data'
import { isRecord, ownValue, setOwn } from '../plain-data'
import { repairAsset } from './repair-asset'
import { repairLanguages } from './repair-languages'
import { forEachItem, repairMissingList } from './repair-lists'
import type { RepairLog, RepairNote } from './repair-note'
import { createRepairLog } from './repair-note'
import { repairScene } from './repair-scene'
import { repairPlainText, repairTextFields } from './repair-text'

/**
 * Repairs a story (the `story` value of a current-version file) deterministically and returns a
 * repaired COPY with a note for every change; the input is never changed. It runs on data nobody
 * has validated, so every step checks what it reads and leaves anything it does not understand for
 * validation to report. Duplicate ids are never repaired (B-22: validation refuses them), and a valid
 * story gets no repairs at all.
 */
export type RepairResult = { value: unknown; repairs: RepairNote[] }

const storyPath: JsonPath = ['story']

/** Repairs `story`; `language` picks the language of names in the notes' places (default: the story's). */
export const repairStory = (story: unknown, language?: string): RepairResult => {
  if (!isRecord(story)) return { value: story, repairs: [] }
  const value = cloneJson(story)
  const log = createRepairLog()
  repairTextFields(value, storyPath, log, { localized: ['title', 'summary'] })
  repairLanguages(value, storyPath, log)
  for (const key of ['authors', 'credits', 'variables']) repairMissingList(value, key, storyPath, log)
  forEachItem(value, 'authors', storyPath, (author, path) => repairTextFields(author, path, log, { plain: ['name', 'role'] }))
  forEachItem(value, 'credits', storyPath, (credit, path) => {
    repairTextFields(credit, path, log, { localized: ['role'] })
    const names = ownValue(credit, 'names')
    if (Array.isArray(names)) names.forEach((_, index) => repairPlainText(names, index, [...path, 'names'], log))
  })
  forEachItem(value, 'variables', storyPath, (variable, path) => {
    if (ownValue(variable, 'type') === 'text') repairPlainText(variable, 'initial', path, log)
  })
  repairPlayerDefaults(value, log)
  forEachItem(value, 'scenes', storyPath, (scene, path) => repairScene(scene, path, log))
  forEachItem(value, 'assets', storyPath, (asset, path) => repairAsset(asset, path, log))
  repairStartScene(value, log)
  const file = { story: value }
  const repairs = log.repairs.map((repair) => ({ ...repair, where: describePlace(file, repair.path, language) }))
  return { value, repairs }
}

const repairPlayerDefaults = (story: Record<string, unknown>, log: RepairLog): void => {
  if (ownValue(story, 'playerDefaults') !== undefined) return
  const after = cloneJson(defaultPlayerDefaults)
  setOwn(story, 'playerDefaults', after)
  log.add({
    code: 'added-player-defaults',
    path: [...storyPath, 'playerDefaults'],
    before: undefined,
    after: cloneJson(defaultPlayerDefaults),
    reason: 'The player settings were missing, so the usual ones were used.',
  })
}

/** A missing start scene, or one naming no scene, becomes the first scene (listed as a repair). */
const repairStartScene = (story: Record<string, unknown>, log: RepairLog): void => {
  const scenes = ownValue(story, 'scenes')
  if (!Array.isArray(scenes)) return
  const ids = scenes.map((scene) => ownValue(scene, 'id'))
  const first = ids[0]
  const before = ownValue(story, 'startSceneId')
  if (typeof first !== 'string' || (typeof before === 'string' && ids.includes(before))) return
  setOwn(story, 'startSceneId', first)
  log.add({
    code: 'set-start-scene',
    path: [...storyPath, 'startSceneId'],
    before,
    after: first,
    reason:
      before === undefined
        ? `The story did not say which scene comes first, so it starts with the first scene, "${first}".`
        : `The start scene "${String(before)}" does not exist, so the story starts with the first scene, "${first}".`,
  })
}
