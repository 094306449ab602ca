/**
 * WebVTT timestamps: `mm:ss.ttt` or `hh:mm:ss.ttt` (hours any number of digits, minutes and seconds
 * 00–59, exactly three digits of milliseconds), as in the WebVTT spec.
 */
const timestampPattern = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/

/** The time in ms, or undefined when `text` is not a WebVTT timestamp. */
export const parseVttTimestamp = (text: string): number | undefined => {
  const match = timestampPattern.exec(text)
  if (!match) return undefined
  const [, hours = '0', minutes = '0', seconds = '0', millis = '0'] = match
  if (hours.length > 4) return undefined
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis)
}

const pad = (value: number, digits: number) => String(value).padStart(digits, '0')

/** `hh:mm:ss.ttt` for a whole number of ms ≥ 0. */
export const formatVttTimestamp = (timeMs: number): string => {
  const ms = Math.max(0, Math.round(timeMs))
  const hours = Math.floor(ms / 3_600_000)
  const minutes = Math.floor(ms / 60_000) % 60
  const seconds = Math.floor(ms / 1000) % 60
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(ms % 1000, 3)}`
}
