import type { ChoiceId, Effect, HotspotId, SceneId } from '@story-schema'
import { effectListSchema } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { checkedRecord } from '../support/checked-record'
import { sameRecord } from '../support/same-record'
import { mapChoice, mapHotspot, mapScene } from '../support/story-edits'

/** Where an effect list lives: a scene's "on entering", a link, or a billboard's choice. */
export type EffectsTarget =
  | { kind: 'scene'; sceneId: SceneId }
  | { kind: 'link'; sceneId: SceneId; hotspotId: HotspotId }
  | { kind: 'choice'; sceneId: SceneId; hotspotId: HotspotId; choiceId: ChoiceId }

/** Arguments of `setEffects`: the whole new list, in order. */
export type SetEffectsArgs = { target: EffectsTarget; effects: readonly Effect[] }

/**
 * Replaces an effect list (set / add / toggle a variable, go to a scene, play a sound, end). Effects
 * naming variables or scenes that don't exist are kept and listed by the checks; values the format
 * doesn't allow are refused.
 */
export const setEffects: Command<SetEffectsArgs> = (story, { target, effects }) => {
  const list = checkedRecord(effectListSchema, [...effects], 'effects')
  switch (target.kind) {
    case 'scene':
      return mapScene(story, target.sceneId, (scene) => (sameRecord(scene.onEnter, list) ? scene : { ...scene, onEnter: list }))
    case 'link':
      return mapHotspot(story, target.sceneId, target.hotspotId, (hotspot) => {
        if (hotspot.kind !== 'link') throw new CommandError(stateMessages.onlyLinksHaveEffects, 'effects')
        return sameRecord(hotspot.effects, list) ? hotspot : { ...hotspot, effects: list }
      })
    case 'choice':
      return mapChoice(story, target.sceneId, target.hotspotId, target.choiceId, (choice) =>
        sameRecord(choice.effects, list) ? choice : { ...choice, effects: list },
      )
  }
}
