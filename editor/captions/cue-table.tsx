import type { CaptionCue, CueProblem } from '@story-schema'
import { Button } from '../ui/button'
import { replaceCue, splitCue } from './cue-edits'
import { CueTextInput } from './cue-text-input'
import { captionsStrings as t } from './strings'
import { TimeField } from './time-field'

/** Stores a new cue list as one undo step named `step` (typing in one field joins one step by `key`). */
export type SaveCues = (cues: CaptionCue[], step: string, key?: string) => string | null

type CueTableProps = {
  caption: string
  cues: readonly CaptionCue[]
  problems: readonly CueProblem[]
  language: string
  dir: 'ltr' | 'rtl'
  save: SaveCues
  /** Plays the sound from a time; undefined when there is no sound. */
  onPlay?: (timeMs: number) => void
  /** Says what happened (a polite status) and moves the focus after a row is added, split or deleted. */
  afterChange: (message: string, focusRow: number) => void
}

const withField = (cue: CaptionCue, field: 'startMs' | 'endMs' | 'speaker' | 'text', value: number | string): CaptionCue => {
  const next: CaptionCue = { ...cue, [field]: value }
  if (field === 'speaker' && value === '') delete next.speaker
  return next
}

/**
 * The captions as a table (the accessible way to edit them): start and end times (typed, or nudged
 * with the arrow keys), speaker and words, with Play from here, Split and Delete on each row. A
 * caption's problems are written under its words and linked to its fields.
 */
export const CueTable = ({ caption, cues, problems, language, dir, save, onPlay, afterChange }: CueTableProps) => {
  const change = (index: number, field: 'startMs' | 'endMs' | 'speaker' | 'text', value: number | string) =>
    save(replaceCue(cues, index, withField(cues[index]!, field, value)), t.steps.edit, `cue-${index}-${field}`)
  return (
    <table className="cue-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.columns.number}</th>
          <th scope="col">{t.columns.start}</th>
          <th scope="col">{t.columns.end}</th>
          <th scope="col">{t.columns.speaker}</th>
          <th scope="col">{t.columns.text}</th>
          <th scope="col">{t.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {cues.map((cue, index) => {
          const n = index + 1
          const mine = problems.filter((problem) => problem.index === index)
          const problemId = mine.length > 0 ? `cue-problems-${index}` : undefined
          const badTime = mine.some((problem) => problem.field !== 'text')
          return (
            <tr key={`${index}-${cue.startMs}`} data-cue-row={index} className={mine.length > 0 ? 'cue-row-problem' : undefined}>
              <th scope="row">{n}</th>
              <td>
                <TimeField label={t.startOf(n)} timeMs={cue.startMs} onCommit={(ms) => change(index, 'startMs', ms)} describedBy={problemId} invalid={badTime} />
              </td>
              <td>
                <TimeField label={t.endOf(n)} timeMs={cue.endMs} onCommit={(ms) => change(index, 'endMs', ms)} describedBy={problemId} invalid={badTime} />
              </td>
              <td>
                <CueTextInput label={t.speakerOf(n)} value={cue.speaker ?? ''} lang={language} dir={dir} onCommit={(value) => change(index, 'speaker', value)} />
              </td>
              <td>
                <CueTextInput label={t.textOf(n)} value={cue.text} lang={language} dir={dir} multiline describedBy={problemId} onCommit={(value) => change(index, 'text', value)} />
                {problemId && (
                  <ul id={problemId} className="cue-problems">
                    {mine.map((problem, i) => (
                      <li key={i}>
                        <span aria-hidden="true">⚠ </span>
                        {problem.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="cue-actions">
                {onPlay && (
                  <Button hiddenLabel={t.playFrom(n)} onClick={() => onPlay(cue.startMs)}>
                    <span aria-hidden="true">▶ {t.playShort}</span>
                  </Button>
                )}
                <Button
                  hiddenLabel={t.split(n)}
                  disabled={!splitCue(cue)}
                  onClick={() => {
                    const halves = splitCue(cue)
                    if (halves && save(replaceCue(cues, index, ...halves), t.steps.split) === null) afterChange(t.splitDone(n), index + 1)
                  }}
                >
                  <span aria-hidden="true">{t.splitShort}</span>
                </Button>
                <Button
                  hiddenLabel={t.remove(n)}
                  onClick={() => {
                    if (save(replaceCue(cues, index), t.steps.remove) === null) afterChange(t.removed(n), Math.min(index, cues.length - 2))
                  }}
                >
                  <span aria-hidden="true">{t.removeShort}</span>
                </Button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
