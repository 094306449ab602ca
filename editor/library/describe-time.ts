import { getUiLocale } from '@i18n'
import { strings } from '../ui/strings'

/** Formatters for the interface language (English dates in the British order: "5 March 2026"). */
const formattersFor = (() => {
  const made = new Map<string, { relative: Intl.RelativeTimeFormat; date: Intl.DateTimeFormat }>()
  return (locale: string) => {
    let found = made.get(locale)
    if (!found) {
      const tag = locale === 'en' ? 'en-GB' : locale
      found = {
        relative: new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
        date: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }),
      }
      made.set(locale, found)
    }
    return found
  }
})()

/** "just now", "5 minutes ago", "yesterday", "3 days ago", then a date, in the interface language (A-F23, C-26). For display only. */
export const describeTime = (then: number | null, now: number): string => {
  if (then === null || then <= 0) return strings.never
  const seconds = Math.round((now - then) / 1000)
  if (seconds < 60) return strings.justNow
  const { relative, date } = formattersFor(getUiLocale())
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return relative.format(-minutes, 'minute')
  const hours = Math.round(minutes / 60)
  if (hours < 24) return relative.format(-hours, 'hour')
  const days = Math.round(hours / 24)
  if (days < 7) return relative.format(-days, 'day')
  return strings.onDate(date.format(then))
}
