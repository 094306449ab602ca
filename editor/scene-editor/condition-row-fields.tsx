import type { CompareOp, SceneId } from '@story-schema'
import { variableWithName } from '@story-schema'
import { Button } from '../ui/button'
import type { ConditionRow } from './condition-rows'
import { newRow, opsFor, startValueFor } from './condition-rows'
import { SelectField } from './fields/select-field'
import { useEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useStoryOptions, withMissing } from './use-story-options'
import { VariableValueField } from './variable-value-field'
import { EditOnly } from './edit-only'

/** Props of `ConditionRowFields`. */
export type ConditionRowFieldsProps = {
  index: number
  row: ConditionRow
  sceneId: SceneId
  onChange: (row: ConditionRow) => string | null
  onRemove: () => void
}

/** One line of the condition builder: "[a variable…] [score] [is at least] [3]" or "[has been to…] [Harbour]". */
export const ConditionRowFields = ({ index, row, sceneId, onChange, onRemove }: ConditionRowFieldsProps) => {
  const doc = useEditor((state) => state.doc)
  const options = useStoryOptions()
  const kinds = (['compare', 'visited', 'notVisited'] as const).map((kind) => ({
    value: kind,
    label:
      kind === 'compare' && doc.variables.length === 0 ? `${t.conditionKinds[kind]} (${t.needsVariable})` : t.conditionKinds[kind],
    disabled: kind !== row.kind && newRow(kind, doc, sceneId) === null,
  }))
  const changeKind = (kind: string) => {
    if (kind === row.kind) return
    if (kind === 'compare') {
      const next = newRow('compare', doc, sceneId)
      if (next) onChange(next)
    } else {
      const place = row.kind === 'compare' ? newRow('visited', doc, sceneId) : row
      if (place && place.kind !== 'compare') onChange({ kind: kind as 'visited' | 'notVisited', sceneId: place.sceneId })
    }
  }
  const variable = row.kind === 'compare' ? variableWithName(doc, row.variable) : undefined
  return (
    <fieldset className="condition-row-fields">
      <legend>{t.conditionNumber(index + 1)}</legend>
      <SelectField label={t.conditionKind} value={row.kind} options={kinds} onChange={changeKind} />
      {row.kind === 'compare' && (
        <>
          <SelectField
            label={t.variable}
            value={row.variable}
            options={withMissing(options.variables, row.variable)}
            onChange={(name) => {
              const picked = variableWithName(doc, name)
              const op = opsFor(picked).includes(row.op) ? row.op : 'eq'
              onChange({ kind: 'compare', variable: name, op, value: startValueFor(picked) })
            }}
          />
          <SelectField
            label={t.op}
            value={row.op}
            options={opsFor(variable).map((op) => ({ value: op, label: t.ops[op] }))}
            onChange={(op) => onChange({ ...row, op: op as CompareOp })}
          />
          <VariableValueField
            label={t.value}
            type={variable?.type}
            value={row.value}
            onCommit={(value) => onChange({ ...row, value })}
          />
        </>
      )}
      {row.kind !== 'compare' && (
        <SelectField
          label={t.goToScene}
          value={row.sceneId}
          options={withMissing(options.scenes, row.sceneId)}
          onChange={(id) => onChange({ ...row, sceneId: id as SceneId })}
        />
      )}
      <EditOnly>
        <Button onClick={onRemove} hiddenLabel={t.conditionNumber(index + 1)}>
          {t.removeCondition}
        </Button>
      </EditOnly>
    </fieldset>
  )
}
