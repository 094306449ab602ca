import type { AssetId } from '@story-schema'
import { useId, useState } from 'react'
import { SelectField } from '../scene-editor/fields/select-field'
import { useSceneEditor } from '../scene-editor/scene-editor-context'
import { useStoryOptions } from '../scene-editor/use-story-options'
import { Button } from '../ui/button'
import type { NewSoundAsset } from './sound-asset'
import { soundscapeStrings as t } from './strings'
import { useSoundImport } from './use-sound-import'

/** Props of `AddSoundControls`. */
export type AddSoundControlsProps = {
  /** The add button's words ("Add a background sound"). */
  addLabel: string
  /** The file field's label ("Import a background sound"). */
  importLabel: string
  /** Adds the sound (a new `asset` joins the story in the same step); answers null or why not. */
  onAdd: (assetId: AssetId, asset?: NewSoundAsset) => string | null
}

/**
 * Adds a sound to the scene: one of the story's sounds and an "add" button, or a file imported here
 * (checked, stored, then added in one undoable step). A refused file leaves everything as it was and
 * says why, next to the file field.
 */
export const AddSoundControls = ({ addLabel, importLabel, onAdd }: AddSoundControlsProps) => {
  const id = useId()
  const { announce } = useSceneEditor()
  const options = useStoryOptions()
  const importer = useSoundImport()
  const [chosen, setChosen] = useState('')
  const [error, setError] = useState<string | null>(null)
  const assetId = (chosen || options.sounds[0]?.value || '') as AssetId
  const shownError = importer.error ?? error
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    setError(null)
    const result = await importer.run(file)
    if (!result) return
    const refused = onAdd(result.asset.id, result.asset)
    setError(refused)
    if (!refused) announce([...result.notes, t.added(file.name)].join(' '))
  }
  return (
    <div className="add-sound-controls">
      {options.sounds.length > 0 && (
        <div className="add-sound-existing">
          <SelectField label={t.sound} value={assetId} options={options.sounds} onChange={setChosen} />
          <Button onClick={() => setError(onAdd(assetId))}>{addLabel}</Button>
        </div>
      )}
      {importer.canImport && (
        <div className="add-sound-import">
          <label htmlFor={`${id}-file`}>{importLabel}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t.importHint}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept="audio/*,.mp3,.m4a,.aac,.ogg,.oga,.opus,.wav,.flac,.webm"
            aria-describedby={[`${id}-hint`, shownError ? `${id}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={shownError ? true : undefined}
            disabled={importer.busy !== null}
            onChange={(event) => void importFile(event.currentTarget)}
          />
          {importer.busy && (
            <p className="add-sound-busy" role="status">
              {t.importing(importer.busy)}
            </p>
          )}
        </div>
      )}
      {!importer.canImport && options.sounds.length === 0 && <p className="field-hint">{t.noStorage}</p>}
      {shownError && (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {shownError}
        </p>
      )}
    </div>
  )
}
