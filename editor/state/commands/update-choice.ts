import type { ChoiceId, Condition, HotspotId, SceneId } from '@story-schema'
import { choiceSchema, findScene } from '@story-schema'
import type { Command } from '../command'
import { CommandError } from '../command'
import { stateMessages } from '../messages'
import { checkedRecord } from '../support/checked-record'
import { withText } from '../support/localized-text'
import { sameRecord } from '../support/same-record'
import { mapChoice } from '../support/story-edits'

/** What `updateChoice` can change. `null` removes a target (the viewer stays) or a condition. */
export type ChoiceChanges = { label?: string; targetSceneId?: SceneId | null; visibleIf?: Condition | null }

/** Arguments of `updateChoice`. */
export type UpdateChoiceArgs = {
  sceneId: SceneId
  hotspotId: HotspotId
  choiceId: ChoiceId
  language?: string
  changes: ChoiceChanges
}

/** Changes a choice's label, target or condition. */
export const updateChoice: Command<UpdateChoiceArgs> = (story, args) =>
  mapChoice(story, args.sceneId, args.hotspotId, args.choiceId, (choice) => {
    const { language = story.language, changes } = args
    if (changes.targetSceneId && !findScene(story, changes.targetSceneId)) {
      throw new CommandError(stateMessages.noScene(changes.targetSceneId), 'targetSceneId')
    }
    const next = { ...choice }
    if (changes.label !== undefined) next.label = withText(choice.label, language, changes.label, true)
    if (changes.targetSceneId === null) delete next.targetSceneId
    else if (changes.targetSceneId !== undefined) next.targetSceneId = changes.targetSceneId
    if (changes.visibleIf === null) delete next.visibleIf
    else if (changes.visibleIf !== undefined) next.visibleIf = changes.visibleIf
    if (sameRecord(next, choice)) return choice
    return checkedRecord(choiceSchema, next)
  })
