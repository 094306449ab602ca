import './fields.css'
import { useId } from 'react'
import { useReadOnly } from '../scene-editor-context'
import { FieldError } from './field-error'
import { useDraft } from './use-draft'

/** Props of `TextInputField`. */
export type TextInputFieldProps = {
  label: string
  value: string
  /** Stores the text; answers null, or why it can't be stored (shown under the field, the text stays). */
  onCommit: (value: string) => string | null
  hint?: string
  multiline?: boolean
  /** The language of the text (screen readers pronounce it right). */
  lang?: string
  placeholder?: string
  maxLength?: number
}

/**
 * A labelled text input (or text area) that stores every change at once; a refused change stays on
 * screen with the reason in words under it (3.3.1), linked by aria-describedby.
 */
export const TextInputField = ({ label, value, onCommit, hint, multiline, lang, placeholder, maxLength }: TextInputFieldProps) => {
  const id = useId()
  const draft = useDraft(value)
  const readOnly = useReadOnly()
  const describedBy = [hint ? `${id}-hint` : '', draft.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const change = (text: string) => {
    const error = onCommit(text)
    if (error) draft.keep(text, error)
    else draft.clear()
  }
  const common = {
    id,
    value: draft.text ?? value,
    lang,
    dir: 'auto',
    placeholder,
    maxLength,
    readOnly,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': describedBy,
  } as const
  return (
    <div className="text-input-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => change(event.target.value)} />
      )}
      <FieldError id={`${id}-error`} message={draft.error} />
    </div>
  )
}
