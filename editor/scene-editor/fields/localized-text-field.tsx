import type { LocalizedText } from '@story-schema'
import { localize } from '@story-schema'
import { sceneEditorStrings as t } from '../strings'
import { TextInputField } from './text-input-field'

/** Props of `LocalizedTextField`. */
export type LocalizedTextFieldProps = {
  label: string
  text: LocalizedText | undefined
  /** The language being written. */
  language: string
  /** The story's language, shown as a placeholder while `language` has no text yet. */
  storyLanguage: string
  onCommit: (value: string) => string | null
  hint?: string
  multiline?: boolean
}

/** A text field for one language of a per-language text; an untranslated text shows the story language's as a placeholder. */
export const LocalizedTextField = (props: LocalizedTextFieldProps) => {
  const { label, text, language, storyLanguage, onCommit, hint, multiline } = props
  const own = text && Object.hasOwn(text, language) ? (text[language] ?? '') : ''
  const fallback = own === '' && language !== storyLanguage ? localize(text, storyLanguage, storyLanguage) : ''
  const hints = [hint, fallback ? t.notTranslated(language) : undefined].filter(Boolean).join(' ') || undefined
  return (
    <div className="localized-text-field">
      <TextInputField
        label={label}
        value={own}
        onCommit={onCommit}
        hint={hints}
        multiline={multiline}
        lang={language}
        placeholder={fallback || undefined}
      />
    </div>
  )
}
