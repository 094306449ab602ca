import type { KeyboardEvent } from 'react'
import { useId, useState } from 'react'
import { parseSecondsText, secondsText } from './cue-edits'
import { captionsStrings as t } from './strings'

type TimeFieldProps = {
  label: string
  timeMs: number
  /** Stores a new time; answers null, or why it can't be stored. */
  onCommit: (timeMs: number) => string | null
  describedBy?: string
  invalid?: boolean
}

const nudges: Record<string, number> = { ArrowUp: 100, ArrowDown: -100 }

/**
 * A time in seconds. Typing keeps a draft that is stored on Enter or when leaving the field; Arrow
 * up/down move the time by 0.1 s at once (Shift: 1 s), so times can be tuned by keyboard alone.
 */
export const TimeField = ({ label, timeMs, onCommit, describedBy, invalid }: TimeFieldProps) => {
  const id = useId()
  const [draft, setDraft] = useState<{ base: number; text: string; error: string | null } | null>(null)
  const live = draft && draft.base === timeMs ? draft : null
  const commitText = (text: string) => {
    const next = parseSecondsText(text)
    if (next === undefined) return setDraft({ base: timeMs, text, error: t.notATime })
    if (next === timeMs) return setDraft(null)
    const error = onCommit(next)
    setDraft(error ? { base: timeMs, text, error } : null)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commitText(event.currentTarget.value)
      return
    }
    const step = nudges[event.key]
    if (step === undefined) return
    event.preventDefault()
    const next = Math.max(0, timeMs + step * (event.shiftKey ? 10 : 1))
    const error = onCommit(next)
    setDraft(error ? { base: timeMs, text: secondsText(next), error } : null)
  }
  const errorId = live?.error ? `${id}-error` : undefined
  return (
    <span className="time-field">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        value={live ? live.text : secondsText(timeMs)}
        aria-invalid={invalid || live?.error ? true : undefined}
        aria-describedby={[describedBy, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => setDraft({ base: timeMs, text: event.target.value, error: null })}
        onBlur={(event) => live && commitText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {live?.error && (
        <span id={errorId} className="field-error-text">
          <span aria-hidden="true">⚠ </span>
          {live.error}
        </span>
      )}
    </span>
  )
}
