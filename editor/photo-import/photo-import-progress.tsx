import { useId } from 'react'
import type { PhotoImportStatus } from './import-photo'
import './photo-import-progress.css'
import { progressStrings } from './strings'

/** Props of `PhotoImportProgress`. */
export type PhotoImportProgressProps = {
  fileName: string
  /** The latest status from `importPhoto`'s `onProgress`; before the first one the bar is indeterminate. */
  status?: PhotoImportStatus
  onCancel: () => void
}

/**
 * Shows a running photo import: a labelled progress bar (native `<progress>`, role progressbar), the
 * current step in a polite status region, and a Cancel button named after the file.
 */
export const PhotoImportProgress = ({ fileName, status, onCancel }: PhotoImportProgressProps) => {
  const id = useId()
  const labelId = `${id}-label`
  const stepId = `${id}-step`
  const percent = progressStrings.percent(status?.fraction ?? 0)
  return (
    <div className="photo-import-progress" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="photo-import-progress-label">
        {progressStrings.importing} “<bdi>{fileName}</bdi>”
      </p>
      <progress
        className="photo-import-progress-bar"
        aria-labelledby={labelId}
        aria-describedby={stepId}
        max={1}
        value={status ? status.fraction : undefined}
      >
        {status ? percent : undefined}
      </progress>
      <p id={stepId} className="photo-import-progress-step" role="status">
        {status ? `${status.label}… ${percent}` : `${progressStrings.starting}…`}
      </p>
      <button
        type="button"
        className="photo-import-progress-cancel"
        onClick={onCancel}
        aria-label={progressStrings.cancelLabel(fileName)}
      >
        {progressStrings.cancel}
      </button>
    </div>
  )
}
