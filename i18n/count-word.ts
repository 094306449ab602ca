import { getUiLocale } from './ui-locale'

/**
 * "1 problem", "3 problems": `forms` by plural category of the active interface language
 * (Intl.PluralRules), `other` when a category has no form. Numbers are formatted for that language.
 */
export const countWord = (count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string => {
  const locale = getUiLocale()
  const category = new Intl.PluralRules(locale).select(count)
  return `${new Intl.NumberFormat(locale).format(count)} ${forms[category] ?? forms.other}`
}
