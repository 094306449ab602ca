import type { ChoiceId, HotspotId, SceneId } from '@story-schema'
import { choiceSchema, findScene, limits, localize } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { checkedRecord } from '../support/checked-record'
import { assertFreeId } from '../support/free-id'
import { mapBillboard } from '../support/story-edits'
import { uniqueName } from '../support/unique-name'

/** Arguments of `addChoice`. The caller makes the id (`makeId('choice')`). */
export type AddChoiceArgs = {
  sceneId: SceneId
  hotspotId: HotspotId
  id: ChoiceId
  language?: string
  /** "Choice", "Choice 2", … when left out. */
  label?: string
  /** Where it leads; without a target the viewer stays and its effects apply. */
  targetSceneId?: SceneId
}

/** Adds a choice at the end of a billboard's choices (their order is the keyboard order, C-1). */
export const addChoice: Command<AddChoiceArgs> = (story, args) => {
  assertFreeId(story, 'choice', args.id)
  const language = args.language ?? story.language
  if (args.targetSceneId !== undefined && !findScene(story, args.targetSceneId)) {
    throw new CommandError(stateMessages.noScene(args.targetSceneId), 'targetSceneId')
  }
  return mapBillboard(story, args.sceneId, args.hotspotId, (billboard) => {
    if (billboard.choices.length >= limits.maxChoicesPerBillboard) {
      throw new CommandError(stateMessages.tooManyChoices(limits.maxChoicesPerBillboard))
    }
    const taken = billboard.choices.map((choice) => localize(choice.label, language, story.language))
    const choice = checkedRecord(choiceSchema, {
      id: args.id,
      label: { [language]: args.label ?? uniqueName(stateMessages.defaultChoiceLabel, taken) },
      ...(args.targetSceneId ? { targetSceneId: args.targetSceneId } : {}),
      effects: [],
    })
    return { ...billboard, choices: [...billboard.choices, choice] }
  })
}
