import type { BillboardHotspot, Choice, Hotspot, Scene, Story } from '@story-schema'
import { CommandError } from '../command'
import { stateMessages } from '../messages'

/**
 * Structural-sharing helpers for commands: each replaces one record on the path from the story down
 * and keeps every other array and record as it was. When `update` returns the record it was given,
 * the story itself comes back unchanged, so "nothing changed" is a reference check.
 */

/** The index of the scene, or a `CommandError` when there is none. */
export const sceneIndexOf = (story: Story, sceneId: string): number => {
  const index = story.scenes.findIndex((scene) => scene.id === sceneId)
  if (index < 0) throw new CommandError(stateMessages.noScene(sceneId))
  return index
}

/** The scene with this id, or a `CommandError`. */
export const sceneOf = (story: Story, sceneId: string): Scene => story.scenes[sceneIndexOf(story, sceneId)]!

/** The hotspot in the scene, or a `CommandError`. */
export const hotspotOf = (story: Story, sceneId: string, hotspotId: string): Hotspot => {
  const hotspot = sceneOf(story, sceneId).hotspots.find((candidate) => candidate.id === hotspotId)
  if (!hotspot) throw new CommandError(stateMessages.noHotspot(hotspotId))
  return hotspot
}

/** `list` with `item` at `index` (a copy). */
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((old, i) => (i === index ? item : old))

/** `list` with the item at `from` moved to `to` (a copy), or a `CommandError` when either is outside it. */
export const moveItem = <T>(list: readonly T[], from: number, to: number): T[] => {
  if (!Number.isInteger(to) || from < 0 || from >= list.length || to < 0 || to >= list.length) {
    throw new CommandError(stateMessages.badMove)
  }
  const copy = [...list]
  const [item] = copy.splice(from, 1)
  copy.splice(to, 0, item as T)
  return copy
}

/** The story with one scene replaced by `update(scene)`. */
export const mapScene = (story: Story, sceneId: string, update: (scene: Scene) => Scene): Story => {
  const index = sceneIndexOf(story, sceneId)
  const scene = story.scenes[index]!
  const next = update(scene)
  return next === scene ? story : { ...story, scenes: replaceAt(story.scenes, index, next) }
}

/** The story with one hotspot replaced by `update(hotspot)`. */
export const mapHotspot = (story: Story, sceneId: string, hotspotId: string, update: (hotspot: Hotspot) => Hotspot): Story =>
  mapScene(story, sceneId, (scene) => {
    const index = scene.hotspots.findIndex((candidate) => candidate.id === hotspotId)
    if (index < 0) throw new CommandError(stateMessages.noHotspot(hotspotId))
    const hotspot = scene.hotspots[index]!
    const next = update(hotspot)
    return next === hotspot ? scene : { ...scene, hotspots: replaceAt(scene.hotspots, index, next) }
  })

/** The story with one billboard replaced by `update(billboard)`; a `CommandError` when the hotspot is not a billboard. */
export const mapBillboard = (
  story: Story,
  sceneId: string,
  hotspotId: string,
  update: (billboard: BillboardHotspot) => BillboardHotspot,
): Story =>
  mapHotspot(story, sceneId, hotspotId, (hotspot) => {
    if (hotspot.kind !== 'billboard') throw new CommandError(stateMessages.notABillboard)
    return update(hotspot)
  })

/** The story with one choice of a billboard replaced by `update(choice)`. */
export const mapChoice = (
  story: Story,
  sceneId: string,
  hotspotId: string,
  choiceId: string,
  update: (choice: Choice) => Choice,
): Story =>
  mapBillboard(story, sceneId, hotspotId, (billboard) => {
    const index = billboard.choices.findIndex((candidate) => candidate.id === choiceId)
    if (index < 0) throw new CommandError(stateMessages.noChoice(choiceId))
    const choice = billboard.choices[index]!
    const next = update(choice)
    return next === choice ? billboard : { ...billboard, choices: replaceAt(billboard.choices, index, next) }
  })
