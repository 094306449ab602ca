import type { StorageKind, WriteFailureReason } from '../persistence/library-storage'
import type { SaveStatus } from '../persistence/save-status'
import { Button } from './button'
import { strings } from './strings'
import './save-status-line.css'

/** What to do about a failure, read when shown so it is in the interface language (C-26). */
const help = (reason: WriteFailureReason): string =>
  ({
    quota: strings.notSavedQuotaHelp,
    conflict: strings.notSavedConflictHelp,
    unavailable: strings.notSavedUnavailableHelp,
    'missing-media': strings.notSavedMediaHelp,
    invalid: strings.notSavedInvalidHelp,
    'not-found': strings.notSavedConflictHelp,
    error: strings.notSavedErrorHelp,
  })[reason]

type SaveStatusLineProps = {
  status: SaveStatus
  storageKind: StorageKind
  /** Offered with every failure, since a backup is what saves the work then (A-P4). */
  onDownloadBackup: () => void
}

/**
 * Where the open story's changes are, in words (A-P1): saved in this browser, saving, or not saved
 * and what to do. A failure is a box with the reason and a "Download backup" button; the edits stay.
 */
export const SaveStatusLine = ({ status, storageKind, onDownloadBackup }: SaveStatusLineProps) => (
  <div className={`save-status-line save-status-${status.state}`} role="status">
    {status.state === 'saved' && (
      <p>
        <span aria-hidden="true">{storageKind === 'memory' ? '⚠ ' : '✓ '}</span>
        {storageKind === 'memory' ? strings.savedInMemory : strings.saved}
      </p>
    )}
    {(status.state === 'pending' || status.state === 'saving') && (
      <p>
        <span aria-hidden="true">↻ </span>
        {strings.saving}
      </p>
    )}
    {status.state === 'failed' && (
      <div className="save-status-failed-box">
        <p className="save-status-failed-title">
          <span aria-hidden="true">⚠ </span>
          {status.message}
        </p>
        <p>{help(status.reason)}</p>
        <Button variant="primary" onClick={onDownloadBackup}>
          {strings.downloadBackup}
        </Button>
      </div>
    )}
  </div>
)
