import { chooseUiLocale, uiLocales, useUiLocale } from '@i18n'
import { useId } from 'react'
import { strings } from './strings'
import './ui-language-picker.css'

/**
 * The interface language picker (C-26): each language named in itself (with its `lang`), the choice
 * remembered on this device. A language without a catalogue (set elsewhere) is shown by its tag.
 */
export const UiLanguagePicker = () => {
  const locale = useUiLocale()
  const id = useId()
  const known = uiLocales.some((entry) => entry.tag === locale)
  return (
    <div className="ui-language-picker">
      <label htmlFor={id}>{strings.uiLanguage}</label>
      <select id={id} value={locale} onChange={(event) => chooseUiLocale(event.target.value)}>
        {!known && <option value={locale}>{locale}</option>}
        {uiLocales.map((entry) => (
          <option key={entry.tag} value={entry.tag} lang={entry.tag}>
            {entry.name}
          </option>
        ))}
      </select>
    </div>
  )
}
