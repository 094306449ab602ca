import type { VariableType, VariableValue } from '@story-schema'
import { NumberField } from './fields/number-field'
import { SelectField } from './fields/select-field'
import { TextInputField } from './fields/text-input-field'
import { sceneEditorStrings as t } from './strings'

/** Props of `VariableValueField`. */
export type VariableValueFieldProps = {
  label: string
  /** The variable's type decides the field: true/false list, number, or text. */
  type: VariableType | undefined
  value: VariableValue
  onCommit: (value: VariableValue) => string | null
}

/** A value for a variable, in the field its type needs. */
export const VariableValueField = ({ label, type, value, onCommit }: VariableValueFieldProps) => {
  if (type === 'flag') {
    const options = [
      { value: 'true', label: t.yes },
      { value: 'false', label: t.no },
    ]
    const shown = value === true ? 'true' : 'false'
    return <SelectField label={label} value={shown} options={options} onChange={(next) => onCommit(next === 'true')} />
  }
  if (type === 'number') return <NumberField label={label} value={typeof value === 'number' ? value : 0} onCommit={onCommit} />
  return <TextInputField label={label} value={typeof value === 'string' ? value : String(value)} onCommit={onCommit} />
}
