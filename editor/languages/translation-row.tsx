import { useId } from 'react'
import { useDraft } from '../scene-editor/fields/use-draft'
import { shortLanguageName } from './language-names'
import { languagesStrings as t } from './strings'

type TranslationRowProps = {
  rowKey: string
  group: string
  place: string
  source: string
  target: string
  sourceLanguage: string
  targetLanguage: string
  sourceDir: 'ltr' | 'rtl'
  targetDir: 'ltr' | 'rtl'
  multiline: boolean
  onCommit: (value: string) => string | null
}

/** One text: its place, the original (with `lang` and direction) and the translation field. */
export const TranslationRow = (props: TranslationRowProps) => {
  const id = useId()
  const draft = useDraft(props.target)
  const missing = props.target.trim() === ''
  const change = (value: string) => {
    const error = props.onCommit(value)
    if (error) draft.keep(value, error)
    else draft.clear()
  }
  const field = {
    id: `${id}-field`,
    value: draft.text ?? props.target,
    lang: props.targetLanguage,
    dir: props.targetDir,
    'aria-label': t.translationOf(props.place, shortLanguageName(props.targetLanguage)),
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': [`${id}-source`, missing ? `${id}-missing` : '', draft.error ? `${id}-error` : ''].filter(Boolean).join(' '),
  } as const
  return (
    <tr className={missing ? 'translation-missing' : undefined} data-text-key={props.rowKey}>
      <th scope="row">
        <span className="translation-group">{props.group}</span>
        <span dir="auto">{props.place}</span>
      </th>
      <td id={`${id}-source`} lang={props.sourceLanguage} dir={props.sourceDir} className="translation-source">
        {props.source}
      </td>
      <td>
        {props.multiline ? <textarea {...field} rows={2} onChange={(event) => change(event.target.value)} /> : <input {...field} type="text" onChange={(event) => change(event.target.value)} />}
        {missing && (
          <span id={`${id}-missing`} className="translation-badge">
            <span aria-hidden="true">● </span>
            {t.notTranslated}
          </span>
        )}
        {draft.error && (
          <span id={`${id}-error`} className="field-error-text">
            <span aria-hidden="true">⚠ </span>
            {draft.error}
          </span>
        )}
      </td>
    </tr>
  )
}
