import { useState } from 'react'
import type { EditorStore } from '../state'
import { Button } from '../ui/button'
import { ConfirmDialog } from '../ui/confirm-dialog'
import { AddLanguageForm } from './add-language-form'
import { removeStoryLanguage } from './language-commands'
import { directionOf, languageName, shortLanguageName } from './language-names'
import { languagesStrings as t } from './strings'

type LanguageListProps = { editor: EditorStore; languages: readonly string[]; announce: (text: string) => void }

/** The story's languages (the original first, which stays), with Remove, and the form to add one. */
export const LanguageList = ({ editor, languages, announce }: LanguageListProps) => {
  const [removing, setRemoving] = useState<string | null>(null)
  const remove = (tag: string) => {
    setRemoving(null)
    const result = editor.getState().applyCommand(removeStoryLanguage, { language: tag }, { label: t.removeConfirm })
    if (result.ok) announce(t.removed(shortLanguageName(tag)))
    requestAnimationFrame(() => document.getElementById('languages-panel-heading')?.focus())
  }
  return (
    <>
      <ul className="language-list" aria-label={t.listLabel}>
        {languages.map((tag, index) => (
          <li key={tag}>
            <span lang={tag} dir="auto" className="language-list-name">
              {languageName(tag)}
            </span>{' '}
            <code>{tag}</code>
            {index === 0 && <span className="language-list-note"> · {t.original}</span>}
            {directionOf(tag) === 'rtl' && <span className="language-list-note"> · {t.rtl}</span>}
            {index > 0 && (
              <Button variant="danger" onClick={() => setRemoving(tag)}>
                {t.remove(shortLanguageName(tag))}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <AddLanguageForm editor={editor} languages={languages} announce={announce} />
      {removing && (
        <ConfirmDialog
          title={t.removeConfirmTitle(shortLanguageName(removing))}
          message={t.removeConfirmBody}
          confirmLabel={t.removeConfirm}
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </>
  )
}
