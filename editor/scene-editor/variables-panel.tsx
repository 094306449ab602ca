import type { VariableType } from '@story-schema'
import type { FormEvent } from 'react'
import { useId, useState } from 'react'
import { addVariable } from '../state'
import { Button } from '../ui/button'
import { FieldError } from './fields/field-error'
import { SelectField } from './fields/select-field'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { VariableRow } from './variable-row'
import { EditOnly } from './edit-only'

/** The story's variables: each with its name, type, start value and uses; and a form to add one. */
export const VariablesPanel = () => {
  const id = useId()
  const commit = useCommit()
  const { announce } = useSceneEditor()
  const variables = useEditor((state) => state.doc.variables)
  const [name, setName] = useState('')
  const [type, setType] = useState<VariableType>('flag')
  const [error, setError] = useState<string | null>(null)
  const add = (event: FormEvent) => {
    event.preventDefault()
    const problem = commit(addVariable, { name: name.trim(), type }, { label: t.steps.addVariable })
    setError(problem)
    if (problem) return
    announce(t.variableAdded(name.trim()))
    setName('')
  }
  return (
    <section className="variables-panel" aria-labelledby="variables-panel-heading">
      <h3 id="variables-panel-heading" tabIndex={-1} data-details-heading>
        {t.variablesHeading}
      </h3>
      <p className="field-hint">{t.variablesHelp}</p>
      {variables.length === 0 && <p>{t.noVariables}</p>}
      {variables.map((variable, index) => (
        <VariableRow key={index} variable={variable} index={index} />
      ))}
      <EditOnly>
        <form className="variables-panel-add" onSubmit={add} noValidate>
          <label htmlFor={`${id}-name`}>{t.newVariableName}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t.newVariableHint}
          </p>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(event) => setName(event.target.value)}
          />
          <FieldError id={`${id}-error`} message={error} />
          <SelectField
            label={t.variableType}
            value={type}
            options={(['flag', 'number', 'text'] as const).map((value) => ({ value, label: t.types[value] }))}
            onChange={(value) => setType(value as VariableType)}
          />
          <Button type="submit">{t.addVariable}</Button>
        </form>
      </EditOnly>
    </section>
  )
}
