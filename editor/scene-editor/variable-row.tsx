import type { Variable, VariableType } from '@story-schema'
import { useId, useState } from 'react'
import type { VariableChanges } from '../state'
import { deleteVariable, updateVariable, variableUsages } from '../state'
import { Button } from '../ui/button'
import { FieldError } from './fields/field-error'
import { SelectField } from './fields/select-field'
import { TextInputField } from './fields/text-input-field'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { useGoTo } from './use-go-to'
import { VariableValueField } from './variable-value-field'
import { EditOnly } from './edit-only'

/** One variable: its name (renaming changes every use), type, start value, where it is used, and delete. */
export const VariableRow = ({ variable, index }: { variable: Variable; index: number }) => {
  const id = useId()
  const commit = useCommit()
  const goTo = useGoTo()
  const { focusDetails } = useSceneEditor()
  const doc = useEditor((state) => state.doc)
  const [error, setError] = useState<string | null>(null)
  const usages = variableUsages(doc, variable.name)
  const change = (changes: VariableChanges, typing = false) =>
    commit(
      updateVariable,
      { name: variable.name, changes },
      { label: t.steps.editVariable, capture: typing ? 'coalesce' : 'record', key: `variable:${index}` },
    )
  return (
    <fieldset className="variable-row">
      <legend>{variable.name}</legend>
      <TextInputField label={t.variableName} value={variable.name} onCommit={(name) => change({ name }, true)} />
      <SelectField
        label={t.variableType}
        value={variable.type}
        options={(['flag', 'number', 'text'] as const).map((type) => ({ value: type, label: t.types[type] }))}
        onChange={(type) => change({ type: type as VariableType })}
      />
      <VariableValueField
        label={t.startValue}
        type={variable.type}
        value={variable.initial}
        onCommit={(initial) => change({ initial }, true)}
      />
      <p id={`${id}-uses`}>{t.usedIn(usages.length)}</p>
      {usages.length > 0 && (
        <ul aria-labelledby={`${id}-uses`}>
          {usages.map((usage, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => goTo(usage.ref)} dir="auto">
                {usage.where}
              </button>
            </li>
          ))}
        </ul>
      )}
      <EditOnly>
        <Button variant="danger" hiddenLabel={variable.name} onClick={() => {
            const problem = commit(deleteVariable, { name: variable.name }, { label: t.steps.deleteVariable })
            setError(problem)
            if (!problem) focusDetails()
          }}>
          {t.deleteVariable}
        </Button>
      </EditOnly>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  )
}
