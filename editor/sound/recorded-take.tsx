import { useState } from 'react'
import { NumberField } from '../scene-editor/fields/number-field'
import { Button } from '../ui/button'
import { recorderStrings as t } from './strings'
import type { TrimRange } from './trim'
import { keptMs, trimProblem, wholeClip } from './trim'
import type { Take } from './use-recorder'
import type { useListen } from './use-listen'

type RecordedTakeProps = {
  take: Take
  listen: ReturnType<typeof useListen>
  saving: boolean
  error: string | null
  onRetake: () => void
  onSave: (trim: TrimRange) => void
  onDiscard: () => void
}

/** A finished take: listen, retake, trim start and end (ms, checked as typed), listen to the kept part, save or discard. */
export const RecordedTake = ({ take, listen, saving, error, onRetake, onSave, onDiscard }: RecordedTakeProps) => {
  const [trim, setTrim] = useState<TrimRange>(() => wholeClip(take.durationMs))
  const change = (next: TrimRange): string | null => {
    const problem = trimProblem(next, take.durationMs)
    if (problem) return t.trimProblems[problem]
    setTrim(next)
    return null
  }
  const toggle = (key: string, range?: TrimRange) =>
    listen.playing === key ? listen.stop() : void listen.play(key, () => Promise.resolve(take.bytes), range)
  return (
    <div className="recorded-take">
      <div className="recorder-buttons">
        <Button data-recorder="listen" onClick={() => toggle('take')}>
          {listen.playing === 'take' ? t.stopListening : t.listen}
        </Button>
        <Button onClick={onRetake}>{t.recordAgain}</Button>
      </div>
      <div className="recorder-trim">
        <NumberField label={t.trimStart} hint={t.trimHint(take.durationMs)} unit="ms" value={trim.startMs} min={0} step={100} onCommit={(startMs) => change({ ...trim, startMs })} />
        <NumberField label={t.trimEnd} unit="ms" value={trim.endMs} min={0} max={Math.round(take.durationMs)} step={100} onCommit={(endMs) => change({ ...trim, endMs })} />
        <p>{t.kept(keptMs(trim))}</p>
        <Button onClick={() => toggle('kept', trim)}>{listen.playing === 'kept' ? t.stopListening : t.listenTrimmed}</Button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="recorder-buttons">
        <Button variant="primary" disabled={saving} onClick={() => onSave(trim)}>
          {t.save}
        </Button>
        <Button variant="danger" onClick={onDiscard}>
          {t.discard}
        </Button>
      </div>
    </div>
  )
}
