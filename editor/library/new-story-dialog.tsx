import type { FormEvent } from 'react'
import { useId, useState } from 'react'
import { PhotoImportProgress } from '../photo-import'
import { Button } from '../ui/button'
import { ModalDialog } from '../ui/modal-dialog'
import { strings } from '../ui/strings'
import { useLibrary, useLibraryState } from './library-context'
import { usePhotoImport } from './use-photo-import'
import './new-story-dialog.css'

/**
 * "New story": from the person's own 360° photo (chosen with a file input, prepared in a worker with
 * a progress bar and Cancel, then one scene showing it), or blank (one grey scene). The new story
 * opens when it is saved.
 */
export const NewStoryDialog = ({ onClose }: { onClose: () => void }) => {
  const id = useId()
  const { actions } = useLibrary()
  const busy = useLibraryState((state) => state.busy)
  const photoImport = usePhotoImport()
  const [file, setFile] = useState<File | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [blankError, setBlankError] = useState<string | null>(null)
  const working = busy !== null || photoImport.running !== null
  const fromPhoto = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setError(strings.choosePhotoFirst)
    setError(null)
    const imported = await photoImport.run(file)
    if (!imported.ok) return setError(imported.message)
    setError(await actions.createFromPhoto(imported.photo))
  }
  return (
    <ModalDialog title={strings.newStoryHeading} onClose={onClose}>
      <form className="new-story-choice" aria-labelledby={`${id}-photo`} onSubmit={(event) => void fromPhoto(event)} noValidate>
        <h3 id={`${id}-photo`}>{strings.fromPhotoHeading}</h3>
        <label htmlFor={`${id}-file`}>{strings.photoFileLabel}</label>
        <p id={`${id}-hint`} className="new-story-hint">
          {strings.photoFileHint}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          disabled={working}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setError(null)
          }}
        />
        {photoImport.running && (
          <PhotoImportProgress fileName={photoImport.running.fileName} status={photoImport.running.status} onCancel={photoImport.running.cancel} />
        )}
        {busy === 'create' && <p role="status">{strings.creating}</p>}
        {error && (
          <p id={`${id}-error`} className="new-story-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={working}>
          {strings.makeFromPhoto}
        </Button>
      </form>
      <section className="new-story-choice" aria-labelledby={`${id}-blank`}>
        <h3 id={`${id}-blank`}>{strings.blankHeading}</h3>
        <p>{strings.blankHelp}</p>
        <Button onClick={() => void actions.createBlank().then(setBlankError)} disabled={working}>
          {strings.newBlankStory}
        </Button>
        {blankError && (
          <p className="new-story-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {blankError}
          </p>
        )}
      </section>
      <div className="dialog-actions">
        <Button onClick={onClose}>{strings.cancel}</Button>
      </div>
    </ModalDialog>
  )
}
