import { strings } from '../ui/strings'

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

/** "just now", "5 minutes ago", "yesterday", "3 days ago", then a date. For display only (A-F23). */
export const describeTime = (then: number | null, now: number): string => {
  if (then === null || then <= 0) return strings.never
  const seconds = Math.round((now - then) / 1000)
  if (seconds < 60) return strings.justNow
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return relative.format(-minutes, 'minute')
  const hours = Math.round(minutes / 60)
  if (hours < 24) return relative.format(-hours, 'hour')
  const days = Math.round(hours / 24)
  if (days < 7) return relative.format(-days, 'day')
  return `on ${dateFormat.format(then)}`
}
