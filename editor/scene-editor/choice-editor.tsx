import type { BillboardHotspot, Choice, ChoiceId, SceneId } from '@story-schema'
import { localize } from '@story-schema'
import type { ChoiceChanges } from '../state'
import { deleteChoice, reorderChoices, updateChoice } from '../state'
import { Button } from '../ui/button'
import { ConditionBuilder } from './condition-builder'
import { EffectsEditor } from './effects-editor'
import { LocalizedTextField } from './fields/localized-text-field'
import { SelectField } from './fields/select-field'
import { useCommit, useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useStoryOptions, withMissing } from './use-story-options'
import { EditOnly } from './edit-only'

const stayValue = '#stay'

/** Props of `ChoiceEditor`. */
export type ChoiceEditorProps = {
  choice: Choice
  index: number
  billboard: BillboardHotspot
  sceneId: SceneId
  /** Called after the choice was deleted (to move the focus). */
  onDeleted: () => void
}

/** One choice of a billboard: its text, where it leads (or stay), when it is shown, its effects, its place in the order. */
export const ChoiceEditor = ({ choice, index, billboard, sceneId, onDeleted }: ChoiceEditorProps) => {
  const commit = useCommit()
  const options = useStoryOptions()
  const { language, storyLanguage } = useEditor((state) => ({ language: state.session.language, storyLanguage: state.doc.language }))
  const at = { sceneId, hotspotId: billboard.id, choiceId: choice.id as ChoiceId }
  const label = localize(choice.label, language, storyLanguage)
  const change = (changes: ChoiceChanges, typing = false) =>
    commit(
      updateChoice,
      { ...at, language, changes },
      { label: t.steps.editChoice, capture: typing ? 'coalesce' : 'record', key: `choice:${choice.id}:${language}` },
    )
  const move = (toIndex: number) => commit(reorderChoices, { ...at, toIndex }, { label: t.steps.reorderChoice })
  const last = billboard.choices.length - 1
  return (
    <fieldset className="choice-editor">
      <legend>{t.choiceHeading(label)}</legend>
      <LocalizedTextField
        label={t.choiceLabel}
        text={choice.label}
        language={language}
        storyLanguage={storyLanguage}
        onCommit={(value) => change({ label: value }, true)}
      />
      <SelectField
        label={t.choiceTarget}
        value={choice.targetSceneId ?? stayValue}
        options={[{ value: stayValue, label: t.stayHere }, ...withMissing(options.scenes, choice.targetSceneId ?? '')]}
        onChange={(value) => change({ targetSceneId: value === stayValue ? null : (value as SceneId) })}
      />
      <ConditionBuilder
        condition={choice.visibleIf}
        sceneId={sceneId}
        onCommit={(visibleIf) => {
          const options = { label: t.steps.editCondition, capture: 'coalesce', key: `if:${choice.id}` } as const
          return commit(updateChoice, { ...at, changes: { visibleIf } }, options)
        }}
      />
      <EffectsEditor legend={t.effectsWhenChosen} effects={choice.effects} target={{ kind: 'choice', ...at }} />
      <EditOnly>
        <div className="choice-editor-actions">
          <Button onClick={() => move(index - 1)} disabled={index === 0} hiddenLabel={label}>
            {t.moveUp}
          </Button>
          <Button onClick={() => move(index + 1)} disabled={index === last} hiddenLabel={label}>
            {t.moveDown}
          </Button>
          <Button
            variant="danger"
            onClick={() => commit(deleteChoice, at, { label: t.steps.deleteChoice }) === null && onDeleted()}
            hiddenLabel={label}
          >
            {t.deleteChoice}
          </Button>
        </div>
      </EditOnly>
    </fieldset>
  )
}
