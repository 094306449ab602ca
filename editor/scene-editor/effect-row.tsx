import type { Effect, EffectType, SceneId } from '@story-schema'
import { variableWithName } from '@story-schema'
import { Button } from '../ui/button'
import { effectTypes, newEffect, setValueFor } from './effect-defaults'
import { NumberField } from './fields/number-field'
import { SelectField } from './fields/select-field'
import { TextInputField } from './fields/text-input-field'
import { useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useStoryOptions, withMissing } from './use-story-options'
import { VariableValueField } from './variable-value-field'
import { EditOnly } from './edit-only'

/** Props of `EffectRow`. */
export type EffectRowProps = {
  index: number
  effect: Effect
  /** The scene the effect belongs to (a new "go to" names another one). */
  sceneId: SceneId
  onChange: (effect: Effect) => string | null
  onRemove: () => void
}

/** One effect: what happens (set, add, switch, go to, play, end) and the fields that kind needs. */
export const EffectRow = ({ index, effect, sceneId, onChange, onRemove }: EffectRowProps) => {
  const { doc, language } = useEditor((state) => ({ doc: state.doc, language: state.session.language }))
  const options = useStoryOptions()
  const typeOptions = effectTypes.map((type) => {
    const possible = type === effect.type || newEffect(type, doc, sceneId) !== null
    const why = type === 'playSound' ? t.needsSound : t.needsVariable
    return { value: type, label: possible ? t.effectTypes[type] : `${t.effectTypes[type]} (${why})`, disabled: !possible }
  })
  const changeType = (type: string) => {
    const next = newEffect(type as EffectType, doc, sceneId)
    if (next) onChange(next)
  }
  const variableField = (name: string, change: (name: string) => Effect) => (
    <SelectField
      label={t.variable}
      value={name}
      options={withMissing(options.variables, name)}
      onChange={(next) => onChange(change(next))}
    />
  )
  return (
    <fieldset className="effect-row">
      <legend>{t.effectNumber(index + 1)}</legend>
      <SelectField label={t.effectType} value={effect.type} options={typeOptions} onChange={changeType} />
      {effect.type === 'set' && (
        <>
          {variableField(effect.variable, (variable) => {
            const type = variableWithName(doc, variable)?.type
            return { ...effect, variable, value: setValueFor(type) }
          })}
          <VariableValueField
            label={t.value}
            type={variableWithName(doc, effect.variable)?.type}
            value={effect.value}
            onCommit={(value) => onChange({ ...effect, value })}
          />
        </>
      )}
      {effect.type === 'add' && (
        <>
          {variableField(effect.variable, (variable) => ({ ...effect, variable }))}
          <NumberField label={t.amount} value={effect.amount} onCommit={(amount) => onChange({ ...effect, amount })} />
        </>
      )}
      {effect.type === 'toggle' && variableField(effect.variable, (variable) => ({ ...effect, variable }))}
      {effect.type === 'goTo' && (
        <SelectField
          label={t.goToScene}
          value={effect.sceneId}
          options={withMissing(options.scenes, effect.sceneId)}
          onChange={(next) => onChange({ ...effect, sceneId: next as SceneId })}
        />
      )}
      {effect.type === 'playSound' && (
        <SelectField
          label={t.sound}
          value={effect.assetId}
          options={withMissing(options.sounds, effect.assetId)}
          onChange={(next) => onChange({ ...effect, assetId: next as typeof effect.assetId })}
        />
      )}
      {effect.type === 'end' && (
        <TextInputField
          label={t.endMessage}
          value={effect.message?.[language] ?? ''}
          multiline
          lang={language}
          onCommit={(text) => {
            const rest = Object.fromEntries(Object.entries(effect.message ?? {}).filter(([key]) => key !== language))
            const message = text === '' ? rest : { ...rest, [language]: text }
            return onChange(Object.keys(message).length > 0 ? { type: 'end', message } : { type: 'end' })
          }}
        />
      )}
      <EditOnly>
        <Button onClick={onRemove} hiddenLabel={t.effectNumber(index + 1)}>
          {t.removeEffect}
        </Button>
      </EditOnly>
    </fieldset>
  )
}
