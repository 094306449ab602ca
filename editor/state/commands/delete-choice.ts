import type { ChoiceId, HotspotId, SceneId } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { mapBillboard } from '../support/story-edits'

/** Arguments of `deleteChoice`. */
export type DeleteChoiceArgs = { sceneId: SceneId; hotspotId: HotspotId; choiceId: ChoiceId }

/** Removes a choice from a billboard. */
export const deleteChoice: Command<DeleteChoiceArgs> = (story, { sceneId, hotspotId, choiceId }) =>
  mapBillboard(story, sceneId, hotspotId, (billboard) => {
    const choices = billboard.choices.filter((choice) => choice.id !== choiceId)
    if (choices.length === billboard.choices.length) throw new CommandError(stateMessages.noChoice(choiceId))
    return { ...billboard, choices }
  })
