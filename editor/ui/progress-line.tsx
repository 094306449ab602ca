import './progress-line.css'

type ProgressLineProps = { label: string; text: string; done?: number; total?: number }

/** A progress bar with its words next to it; without a total it shows an indeterminate bar. */
export const ProgressLine = ({ label, text, done, total }: ProgressLineProps) => (
  <div className="progress-line" role="status">
    <p className="progress-line-text">{text}</p>
    {total ? <progress aria-label={label} max={total} value={done ?? 0} /> : <progress aria-label={label} />}
  </div>
)
