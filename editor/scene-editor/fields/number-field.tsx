import './fields.css'
import { useId, useState } from 'react'
import { useReadOnly } from '../scene-editor-context'
import { sceneEditorStrings as t } from '../strings'
import { FieldError } from './field-error'

/** Props of `NumberField`. */
export type NumberFieldProps = {
  label: string
  value: number
  /** Stores the number; answers null or why not. */
  onCommit: (value: number) => string | null
  min?: number
  max?: number
  step?: number
  /** Shown after the field ("°", "%"). */
  unit?: string
  hint?: string
}

/**
 * A labelled number input (a spinbutton: arrow keys step it). What is typed stays while it is not a
 * number yet ("-", "1."), with the problem in words; a stored value that differs (a yaw of 190 kept as
 * −170) replaces it.
 */
export const NumberField = ({ label, value, onCommit, min, max, step = 1, unit, hint }: NumberFieldProps) => {
  const id = useId()
  const readOnly = useReadOnly()
  const [draft, setDraft] = useState<{ text: string; error: string | null; base: number } | null>(null)
  // A refused text stays while the stored value is the one it was refused against; an accepted one
  // while it reads as the stored value ("1." while 1 is stored).
  const live = draft && (draft.error ? Object.is(draft.base, value) : Number(draft.text) === value) ? draft : null
  const error = live?.error ?? null
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const change = (text: string) => {
    const number = Number(text)
    const refused = text.trim() === '' || !Number.isFinite(number) ? t.enterNumber : onCommit(number)
    setDraft({ text, error: refused, base: value })
  }
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <span className="number-field-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={live?.text ?? String(value)}
          min={min}
          max={max}
          step={step}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => change(event.target.value)}
        />
        {unit && <span aria-hidden="true">{unit}</span>}
      </span>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
