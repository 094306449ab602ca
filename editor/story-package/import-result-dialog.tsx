import { storyHash } from '../library/story-actions'
import { Button } from '../ui/button'
import { ButtonLink } from '../ui/button-link'
import { ModalDialog } from '../ui/modal-dialog'
import type { ImportPhase } from './import-flow'
import type { PackageNote } from './read-story-package'
import { packageStrings } from './strings'

type Finished = Extract<ImportPhase, { step: 'done' } | { step: 'restored' } | { step: 'failed' }>

const noteText = (note: PackageNote): string => {
  switch (note.code) {
    case 'unreferenced-files':
      return packageStrings.noteUnreferenced(note.names)
    case 'broken-records':
      return packageStrings.noteBroken(note.names)
    case 'repaired':
      return packageStrings.noteRepaired(note.count)
    case 'no-manifest':
      return packageStrings.noteNoManifest
  }
}

const Notes = ({ notes }: { notes: PackageNote[] }) =>
  notes.length > 0 && (
    <>
      <h3 className="package-notes-heading">{packageStrings.notesHeading}</h3>
      <ul className="package-notes">
        {notes.map((note) => (
          <li key={note.code} dir="auto">
            {noteText(note)}
          </li>
        ))}
      </ul>
    </>
  )

const Actions = ({ storyId, onClose }: { storyId: string | null; onClose: () => void }) => (
  <div className="dialog-actions">
    <Button onClick={onClose}>{packageStrings.close}</Button>
    {storyId && (
      <ButtonLink href={storyHash(storyId)} variant="primary">
        {packageStrings.openStory}
      </ButtonLink>
    )}
  </div>
)

const outcomeText = (phase: Extract<ImportPhase, { step: 'done' }>): string =>
  phase.outcome === 'replaced'
    ? packageStrings.replaced(phase.title)
    : phase.outcome === 'copy'
      ? packageStrings.importedCopy(phase.title)
      : packageStrings.imported(phase.title)

/** What an import came to: the story is in (with notes), or why the file was refused (nothing changed). */
export const ImportResultDialog = ({ phase, onClose }: { phase: Finished; onClose: () => void }) => {
  if (phase.step === 'done') {
    return (
      <ModalDialog title={packageStrings.importedTitle} onClose={onClose}>
        <p dir="auto">{outcomeText(phase)}</p>
        <Notes notes={phase.notes} />
        <Actions storyId={phase.storyId} onClose={onClose} />
      </ModalDialog>
    )
  }
  if (phase.step === 'restored') {
    return (
      <ModalDialog title={packageStrings.restoredTitle} onClose={onClose}>
        <p>{packageStrings.restored(phase.added)}</p>
        {phase.copies > 0 && <p>{packageStrings.restoredCopies(phase.copies)}</p>}
        {phase.alreadyHere > 0 && phase.added > 0 && <p>{packageStrings.restoredAlreadyHere(phase.alreadyHere)}</p>}
        <Notes notes={phase.notes} />
        <Actions storyId={phase.storyId} onClose={onClose} />
      </ModalDialog>
    )
  }
  return (
    <ModalDialog title={packageStrings.importFailedTitle} onClose={onClose}>
      <p className="package-error-message" dir="auto">
        {phase.message}
      </p>
      {!phase.partly && <p>{packageStrings.importFailedKeep}</p>}
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
}
