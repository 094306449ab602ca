import type { AssetId, SceneId } from '@story-schema'
import { makeId } from '@story-schema'
import type { FormEvent } from 'react'
import { useId, useState } from 'react'
import { PhotoImportNotes, PhotoImportProgress } from '../photo-import'
import { addScene, sceneTitle } from '../state'
import { Button } from '../ui/button'
import { FieldError } from './fields/field-error'
import { SelectField } from './fields/select-field'
import { useCommit, useEditor, useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'
import { usePhotoScene } from './use-photo-scene'
import { useStoryOptions } from './use-story-options'

const importValue = '#import'

/** "Add a scene": with one of the story's 360° photos, or (when the app can store files) a newly imported one. */
export const AddSceneForm = () => {
  const id = useId()
  const { store, announce } = useSceneEditor()
  const commit = useCommit()
  const options = useStoryOptions()
  const { activeSceneId, language } = useEditor((state) => ({
    activeSceneId: state.session.activeSceneId,
    language: state.session.language,
  }))
  const photoScene = usePhotoScene()
  const [picture, setPicture] = useState<string>('')
  const [title, setTitle] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [error, setError] = useState<string | null>(null)
  const pictures = [...options.panoramas, ...(photoScene.canImport ? [{ value: importValue, label: t.importPhoto }] : [])]
  const chosen = picture || pictures[0]?.value || ''
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const named = title.trim() === '' ? undefined : title.trim()
    if (chosen === importValue) {
      if (!file) return setError(t.chooseFile)
      const problem = await photoScene.run(file, named, activeSceneId)
      setError(problem)
      if (!problem) setTitle('')
      return
    }
    const sceneId: SceneId = makeId('scene')
    const args = { id: sceneId, panoramaAssetId: chosen as AssetId, title: named, afterSceneId: activeSceneId, language }
    const problem = commit(addScene, args, { label: t.steps.addScene })
    setError(problem)
    if (problem) return
    store.getState().selectScene(sceneId)
    const { doc } = store.getState()
    const made = doc.scenes.find((scene) => scene.id === sceneId)
    announce(t.sceneAdded(made ? sceneTitle(doc, made, language) : ''))
    setTitle('')
  }
  return (
    <form className="add-scene-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{t.addSceneHeading}</h3>
      {pictures.length === 0 ? (
        <p>{t.noPhotosYet}</p>
      ) : (
        <SelectField label={t.pictureLabel} value={chosen} options={pictures} onChange={setPicture} />
      )}
      {chosen === importValue && (
        <div className="add-scene-form-file">
          <label htmlFor={`${id}-file`}>{t.importPhoto}</label>
          <p id={`${id}-file-hint`} className="field-hint">
            {t.importPhotoHint}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
      )}
      <label htmlFor={`${id}-title`}>{t.addSceneTitle}</label>
      <input
        id={`${id}-title`}
        type="text"
        dir="auto"
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
      />
      {photoScene.running && (
        <PhotoImportProgress
          fileName={photoScene.running.fileName}
          status={photoScene.running.status}
          onCancel={photoScene.running.cancel}
        />
      )}
      <FieldError id={`${id}-error`} message={error} />
      {photoScene.canImport && (
        <PhotoImportNotes fileName={photoScene.notes?.fileName ?? ''} warnings={photoScene.notes?.warnings ?? []} onDismiss={photoScene.dismissNotes} />
      )}
      <Button type="submit" variant="primary" disabled={pictures.length === 0 || photoScene.running !== null}>
        {t.addSceneButton}
      </Button>
    </form>
  )
}
