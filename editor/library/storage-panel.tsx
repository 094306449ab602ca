import { backupReminder, defaultBackupRule, stricterBackupRule } from '../persistence/backup-reminder'
import type { PersistenceState } from '../persistence/storage-persistence'
import { Banner } from '../ui/banner'
import { Button } from '../ui/button'
import { strings } from '../ui/strings'
import { describeTime } from './describe-time'
import { useLibrary, useLibraryState } from './library-context'

/** Nothing is said before the first save: the browser is asked only then (A-P3). Read when shown (C-26). */
const persistenceWords = (state: PersistenceState): string | null =>
  ({ persisted: strings.persisted, 'best-effort': strings.notPersisted, unsupported: strings.notPersisted, unknown: null })[state]

/**
 * Where the stories live and when they were last backed up (A-P1), the browser's promise to keep them
 * (A-P3), the backup reminder (A-P2) and the "Download backup" button.
 */
export const StoragePanel = () => {
  const { storage, actions } = useLibrary()
  const persistence = useLibraryState((state) => state.persistence)
  const backup = useLibraryState((state) => state.backup)
  const busy = useLibraryState((state) => state.busy)
  const now = Date.now()
  const strict = persistence !== 'persisted' || storage.kind === 'memory'
  const reminder = backupReminder(backup, now, strict ? stricterBackupRule : defaultBackupRule)
  return (
    <section className="storage-panel" aria-labelledby="storage-panel-heading">
      <div className="storage-panel-text">
        <h2 id="storage-panel-heading">{strings.storageHeading}</h2>
        <p>{storage.kind === 'memory' ? strings.keptInMemory : strings.keptInBrowser}</p>
        {storage.kind === 'indexeddb' && persistenceWords(persistence) && (
          <p className={`storage-panel-persistence storage-panel-${persistence}`}>{persistenceWords(persistence)}</p>
        )}
        <p>{backup.lastBackupAt === null ? strings.lastBackupNever : strings.lastBackup(describeTime(backup.lastBackupAt, now))}</p>
      </div>
      <Button variant="primary" onClick={() => void actions.downloadBackup()} disabled={busy === 'backup'}>
        <span aria-hidden="true">⤓ </span>
        {busy === 'backup' ? strings.downloadingBackup : strings.downloadBackup}
      </Button>
      {reminder && (
        <Banner tone="warning">
          {reminder.reason === 'edits'
            ? strings.reminderEdits(reminder.edits)
            : reminder.never
              ? strings.reminderNever
              : strings.reminderDays(reminder.days)}
        </Banner>
      )}
    </section>
  )
}
