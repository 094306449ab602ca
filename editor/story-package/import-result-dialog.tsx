import { storyHash } from '../library/story-actions'
import { Button } from '../ui/button'
import { ButtonLink } from '../ui/button-link'
import { ModalDialog } from '../ui/modal-dialog'
import type { ImportPhase } from './import-flow'
import type { PackageNote } from './read-story-package'
import { packageStrings } from './strings'

type Finished = Extract<ImportPhase, { step: 'done' } | { step: 'failed' }>

const noteText = (note: PackageNote): string =>
  note.code === 'unreferenced-files'
    ? packageStrings.noteUnreferenced(note.names)
    : note.code === 'repaired'
      ? packageStrings.noteRepaired(note.count)
      : packageStrings.noteNoManifest

const outcomeText = (phase: Extract<ImportPhase, { step: 'done' }>): string =>
  phase.outcome === 'replaced'
    ? packageStrings.replaced(phase.title)
    : phase.outcome === 'copy'
      ? packageStrings.importedCopy(phase.title)
      : packageStrings.imported(phase.title)

/** What an import came to: the story is in (with notes), or why the file was refused (nothing changed). */
export const ImportResultDialog = ({ phase, onClose }: { phase: Finished; onClose: () => void }) =>
  phase.step === 'done' ? (
    <ModalDialog title={packageStrings.importedTitle} onClose={onClose}>
      <p dir="auto">{outcomeText(phase)}</p>
      {phase.notes.length > 0 && (
        <>
          <h3 className="package-notes-heading">{packageStrings.notesHeading}</h3>
          <ul className="package-notes">
            {phase.notes.map((note) => (
              <li key={note.code} dir="auto">
                {noteText(note)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <Button onClick={onClose}>{packageStrings.close}</Button>
        <ButtonLink href={storyHash(phase.storyId)} variant="primary">
          {packageStrings.openStory}
        </ButtonLink>
      </div>
    </ModalDialog>
  ) : (
    <ModalDialog title={packageStrings.importFailedTitle} onClose={onClose}>
      <p className="package-error-message" dir="auto">
        {phase.message}
      </p>
      <p>{packageStrings.importFailedKeep}</p>
      {phase.detail && (
        <details className="package-details">
          <summary>{packageStrings.details}</summary>
          <p dir="auto">
            <bdi>{phase.fileName}</bdi>: {phase.detail}
          </p>
        </details>
      )}
      <div className="dialog-actions">
        <Button variant="primary" onClick={onClose} autoFocus>
          {packageStrings.close}
        </Button>
      </div>
    </ModalDialog>
  )
