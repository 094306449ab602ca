import type { FormEvent } from 'react'
import { useId, useState } from 'react'
import type { EditorStore } from '../state'
import { Button } from '../ui/button'
import { addStoryLanguage } from './language-commands'
import { commonLanguageTags, languageName, shortLanguageName } from './language-names'
import { languagesStrings as t } from './strings'

const other = 'other'

type AddLanguageFormProps = { editor: EditorStore; languages: readonly string[]; announce: (text: string) => void }

/** A language picker (common languages by name, or any BCP 47 tag typed) and "Add language". */
export const AddLanguageForm = ({ editor, languages, announce }: AddLanguageFormProps) => {
  const id = useId()
  const offered = commonLanguageTags.filter((tag) => !languages.includes(tag))
  const [choice, setChoice] = useState<string>('')
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const picked = choice === '' ? (offered[0] ?? other) : choice
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const tag = picked === other ? typed : picked
    const result = editor.getState().applyCommand(addStoryLanguage, { language: tag }, { label: t.add })
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setError(null)
    setTyped('')
    setChoice('')
    const added = editor.getState().doc.languages.at(-1) ?? tag
    announce(t.added(shortLanguageName(added)))
  }
  return (
    <form className="add-language-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.addHeading}</h3>
      <p id={`${id}-hint`} className="field-hint">
        {t.pickHint}
      </p>
      <div className="add-language-row">
        <div>
          <label htmlFor={`${id}-pick`}>{t.pickLabel}</label>
          <select id={`${id}-pick`} value={picked} aria-describedby={`${id}-hint`} onChange={(event) => setChoice(event.target.value)}>
            {offered.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
            <option value={other}>{t.otherOption}</option>
          </select>
        </div>
        {picked === other && (
          <div>
            <label htmlFor={`${id}-tag`}>{t.tagLabel}</label>
            <input
              id={`${id}-tag`}
              type="text"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
        )}
        <Button variant="primary" type="submit">
          {t.add}
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </form>
  )
}
