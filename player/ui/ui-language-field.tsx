import { chooseUiLocale, uiLocales, useUiLocale } from '@i18n'
import { strings } from './strings'

/**
 * The interface language in the player's settings grid (C-26): a label and a select, each language
 * named in itself. Choosing one stops the interface following the story language.
 */
export function UiLanguageField() {
  const locale = useUiLocale()
  const known = uiLocales.some((entry) => entry.tag === locale)
  return (
    <>
      <label htmlFor="sp-ui-language">{strings.uiLanguage}</label>
      <select id="sp-ui-language" value={locale} onChange={(event) => chooseUiLocale(event.target.value)}>
        {!known && <option value={locale}>{locale}</option>}
        {uiLocales.map((entry) => (
          <option key={entry.tag} value={entry.tag} lang={entry.tag}>
            {entry.name}
          </option>
        ))}
      </select>
    </>
  )
}
