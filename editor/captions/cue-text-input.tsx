import { useId } from 'react'
import { useDraft } from '../scene-editor/fields/use-draft'

type CueTextInputProps = {
  label: string
  value: string
  onCommit: (value: string) => string | null
  multiline?: boolean
  lang: string
  dir: 'ltr' | 'rtl'
  describedBy?: string
}

/** A caption's words or speaker in a table cell: stored at every change; a refusal stays with its reason. */
export const CueTextInput = ({ label, value, onCommit, multiline, lang, dir, describedBy }: CueTextInputProps) => {
  const id = useId()
  const draft = useDraft(value)
  const change = (text: string) => {
    const error = onCommit(text)
    if (error) draft.keep(text, error)
    else draft.clear()
  }
  const common = {
    'aria-label': label,
    value: draft.text ?? value,
    lang,
    dir,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': [describedBy, draft.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
  } as const
  return (
    <>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => change(event.target.value)} />
      )}
      {draft.error && (
        <span id={`${id}-error`} className="field-error-text">
          <span aria-hidden="true">⚠ </span>
          {draft.error}
        </span>
      )}
    </>
  )
}
