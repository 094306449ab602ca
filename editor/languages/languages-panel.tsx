import './languages.css'
import { useState } from 'react'
import type { EditorStore } from '../state'
import { useEditorStore } from '../state'
import { LanguageList } from './language-list'
import { languagesStrings as t } from './strings'
import { TranslationView } from './translation-view'

/** Where the Languages tab opens: a target language and the "only untranslated" filter (from the checks). */
export type LanguagesFocus = { language?: string; onlyUntranslated?: boolean }

type LanguagesPanelProps = { editor: EditorStore; focus?: LanguagesFocus }

/**
 * The Languages tab (C-26): the languages the story is offered in (add with a BCP 47 picker, remove
 * with a confirmation) and the side-by-side translation of every text, captions included.
 */
export const LanguagesPanel = ({ editor, focus }: LanguagesPanelProps) => {
  const doc = useEditorStore(editor, (state) => state.doc)
  const [status, setStatus] = useState({ text: '', count: 0 })
  const [source, setSource] = useState(doc.language)
  const [target, setTarget] = useState(focus?.language ?? '')
  const [onlyUntranslated, setOnlyUntranslated] = useState(focus?.onlyUntranslated ?? false)
  const from = doc.languages.includes(source) ? source : doc.language
  const others = doc.languages.filter((tag) => tag !== from)
  const into = others.includes(target) ? target : others[0]
  const announce = (text: string) => setStatus((old) => ({ text, count: old.count + 1 }))
  return (
    <section className="languages-panel" aria-labelledby="languages-panel-heading">
      <h2 id="languages-panel-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <p className="field-hint">{t.help}</p>
      <p className="languages-status" role="status">
        <span key={status.count}>{status.text}</span>
      </p>
      <LanguageList editor={editor} languages={doc.languages} announce={announce} />
      {into === undefined ? (
        <p>{t.noOtherLanguage}</p>
      ) : (
        <TranslationView
          editor={editor}
          doc={doc}
          source={from}
          target={into}
          onlyUntranslated={onlyUntranslated}
          onSource={setSource}
          onTarget={setTarget}
          onOnlyUntranslated={setOnlyUntranslated}
        />
      )}
    </section>
  )
}
