import type { Condition, SceneId } from '@story-schema'
import { useId, useState } from 'react'
import { Button } from '../ui/button'
import type { ConditionModel, ConditionRow } from './condition-rows'
import { conditionToModel, modelToCondition, newRow } from './condition-rows'
import { ConditionRowFields } from './condition-row-fields'
import { FieldError } from './fields/field-error'
import { SelectField } from './fields/select-field'
import { useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useFocusLater } from './use-focus-later'
import { EditOnly } from './edit-only'

/** Props of `ConditionBuilder`. */
export type ConditionBuilderProps = {
  condition: Condition | undefined
  /** The scene it is in ("has been to…" starts with another scene). */
  sceneId: SceneId
  /** Stores the condition (null: always shown); answers null or why not. */
  onCommit: (condition: Condition | null) => string | null
}

/**
 * "When is it shown?": lines like "score is at least 3" or "has been to Harbour", joined by "all of
 * these" or "any of these". No code. A condition too complex for lines can only be removed.
 */
export const ConditionBuilder = ({ condition, sceneId, onCommit }: ConditionBuilderProps) => {
  const id = useId()
  const doc = useEditor((state) => state.doc)
  const [error, setError] = useState<string | null>(null)
  const { container, focusLater } = useFocusLater<HTMLFieldSetElement>()
  const model = conditionToModel(condition)
  const write = (next: ConditionModel) => {
    const problem = onCommit(modelToCondition(next) ?? null)
    setError(problem)
    return problem
  }
  const firstRow = newRow('compare', doc, sceneId) ?? newRow('visited', doc, sceneId)
  return (
    <fieldset ref={container} className="condition-builder" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t.conditionLegend}</legend>
      {!model && (
        <>
          <p>{t.tooComplex}</p>
          <EditOnly>
            <Button onClick={() => setError(onCommit(null))}>{t.removeAllConditions}</Button>
          </EditOnly>
        </>
      )}
      {model && model.rows.length === 0 && <p className="field-hint">{t.always}</p>}
      {model && model.rows.length === 1 && <p>{t.onlyIf}</p>}
      {model && model.rows.length > 1 && (
        <SelectField
          label={t.onlyIf}
          value={model.join}
          options={[
            { value: 'all', label: t.allOf },
            { value: 'any', label: t.anyOf },
          ]}
          onChange={(join) => write({ ...model, join: join as ConditionModel['join'] })}
        />
      )}
      {model?.rows.map((row, index) => (
        <ConditionRowFields
          key={index}
          index={index}
          row={row}
          sceneId={sceneId}
          onChange={(next: ConditionRow) => write({ ...model, rows: model.rows.map((old, i) => (i === index ? next : old)) })}
          onRemove={() => {
            write({ ...model, rows: model.rows.filter((_, i) => i !== index) })
            focusLater('[data-focus-target="condition-builder-add"]')
          }}
        />
      ))}
      <FieldError id={`${id}-error`} message={error} />
      {model && (
        <EditOnly>
          <Button
            data-focus-target="condition-builder-add"
            onClick={() => firstRow && write({ ...model, rows: [...model.rows, firstRow] })}
            disabled={!firstRow || model.rows.length >= 20}
          >
            {t.addCondition}
          </Button>
        </EditOnly>
      )}
    </fieldset>
  )
}
