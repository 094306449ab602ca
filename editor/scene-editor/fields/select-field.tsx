import './fields.css'
import { useId } from 'react'
import { useReadOnly } from '../scene-editor-context'

/** One choice of a `SelectField`. */
export type SelectOption = { value: string; label: string; disabled?: boolean }

/** Props of `SelectField`. */
export type SelectFieldProps = {
  label: string
  value: string
  options: readonly SelectOption[]
  onChange: (value: string) => void
  hint?: string
  error?: string | null
  /** It changes only what this tab shows (the language being written), so it works in a read-only tab too. */
  viewOnly?: boolean
}

/** A labelled drop-down list (native `<select>`: keyboard and screen readers work as everywhere). */
export const SelectField = ({ label, value, options, onChange, hint, error, viewOnly }: SelectFieldProps) => {
  const id = useId()
  const readOnly = useReadOnly() && !viewOnly
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="select-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        disabled={readOnly}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  )
}
