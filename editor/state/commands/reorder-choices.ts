import type { ChoiceId, HotspotId, SceneId } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { mapBillboard, moveItem } from '../support/story-edits'

/** Arguments of `reorderChoices`: where the choice goes (0 is first). */
export type ReorderChoicesArgs = { sceneId: SceneId; hotspotId: HotspotId; choiceId: ChoiceId; toIndex: number }

/** Moves a choice on its billboard; the order is the viewer's keyboard and reading order (C-1). */
export const reorderChoices: Command<ReorderChoicesArgs> = (story, { sceneId, hotspotId, choiceId, toIndex }) =>
  mapBillboard(story, sceneId, hotspotId, (billboard) => {
    const from = billboard.choices.findIndex((choice) => choice.id === choiceId)
    if (from < 0) throw new CommandError(stateMessages.noChoice(choiceId))
    return from === toIndex ? billboard : { ...billboard, choices: moveItem(billboard.choices, from, toIndex) }
  })
