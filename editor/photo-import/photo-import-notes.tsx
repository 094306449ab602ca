import { useEffect, useState } from 'react'
import { Button } from '../ui/button'
import type { PhotoImportWarning } from './photo-import-warning'
import './photo-import-notes.css'
import { noteStrings } from './strings'

/** Props of `PhotoImportNotes`: the imported file and what the author should know about it (`ImportedPhoto.warnings`). */
export type PhotoImportNotesProps = { fileName: string; warnings: readonly PhotoImportWarning[]; onDismiss: () => void }

/**
 * What the author should know after an import (not a 360° photo, shown on part of the sphere, location
 * removed, made smaller…), in a polite live region. The region is in the page before its words, so a
 * screen reader hears them even when the notes come with a new screen.
 */
export const PhotoImportNotes = ({ fileName, warnings, onDismiss }: PhotoImportNotesProps) => {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const shown = ready && warnings.length > 0
  return (
    <div className={`photo-import-notes${shown ? '' : ' photo-import-notes-empty'}`} role="status">
      {shown && (
        <>
          <p className="photo-import-notes-title">
            <span aria-hidden="true">ℹ </span>
            {noteStrings.title} “<bdi>{fileName}</bdi>”
          </p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning.code}>{warning.message}</li>
            ))}
          </ul>
          <Button onClick={onDismiss}>{noteStrings.dismiss}</Button>
        </>
      )}
    </div>
  )
}
