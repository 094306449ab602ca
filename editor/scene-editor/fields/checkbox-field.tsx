import './fields.css'
import { useId } from 'react'
import { useReadOnly } from '../scene-editor-context'

/** Props of `CheckboxField`. */
export type CheckboxFieldProps = { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }

/** A labelled checkbox (the label is part of the click target). */
export const CheckboxField = ({ label, checked, onChange, hint }: CheckboxFieldProps) => {
  const id = useId()
  const readOnly = useReadOnly()
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={readOnly}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
