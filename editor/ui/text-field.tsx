import type { InputHTMLAttributes } from 'react'
import { useId } from 'react'
import './text-field.css'

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'onChange' | 'value' | 'id'> & {
  label: string
  value: string
  onChange: (value: string) => void
  /** A problem with the value, shown under it and linked to it. */
  error?: string | null
  hint?: string
}

/** A labelled one-line text input; its error is text, linked with aria-describedby. */
export const TextField = ({ label, value, onChange, error, hint, ...rest }: TextFieldProps) => {
  const id = useId()
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div className="text-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="text-field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        dir="auto"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
      {error && (
        <p id={`${id}-error`} className="text-field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  )
}
