import { useEffect, useState } from 'react'
import { Button } from '../ui/button'
import { ModalDialog } from '../ui/modal-dialog'
import { strings } from '../ui/strings'
import type { SampleEntry } from './sample-index'
import { loadSampleIndex } from './sample-index'
import './sample-picker-dialog.css'

type SamplePickerDialogProps = { onPick: (sample: SampleEntry) => void; onClose: () => void }

/** Lists the samples to start a new story from (the person gets their own copy). */
export const SamplePickerDialog = ({ onPick, onClose }: SamplePickerDialogProps) => {
  const [samples, setSamples] = useState<SampleEntry[] | 'failed' | null>(null)
  useEffect(() => {
    let live = true
    loadSampleIndex(document.baseURI).then(
      (list) => live && setSamples(list),
      () => live && setSamples('failed'),
    )
    return () => {
      live = false
    }
  }, [])
  return (
    <ModalDialog title={strings.sampleDialogHeading} onClose={onClose}>
      <div className="sample-picker-dialog">
        <p>{strings.sampleDialogIntro}</p>
        {samples === null && <p role="status">{strings.samplesChecking}</p>}
        {samples === 'failed' && <p role="alert">{strings.sampleListFailed}</p>}
        {Array.isArray(samples) && (
          <ul className="sample-picker-list">
            {samples.map((sample) => (
              <li key={sample.slug}>
                <h3 dir="auto">{sample.title}</h3>
                <p dir="auto">{sample.summary}</p>
                <Button variant="primary" onClick={() => onPick(sample)} hiddenLabel={sample.title}>
                  {strings.useSample}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>{strings.close}</Button>
        </div>
      </div>
    </ModalDialog>
  )
}
