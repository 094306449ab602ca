import type { SceneId } from '@story-schema'
import { makeId } from '@story-schema'
import { useCallback, useState } from 'react'
import type { PhotoImportStatus, PhotoImportWarning } from '../photo-import'
import { isMediaStoreError } from '../persistence/store-photo'
import { importPhoto, isPhotoImportError } from '../photo-import'
import { addAsset, addScene } from '../state'
import { useSceneEditor } from './scene-editor-context'
import { sceneEditorStrings as t } from './strings'

/** An import in progress: the file, its latest status, and how to stop it. */
export type PhotoImportRun = { fileName: string; status?: PhotoImportStatus; cancel: () => void }

/** What the author should know about the last photo imported here (shown until dismissed). */
export type PhotoNotes = { fileName: string; warnings: PhotoImportWarning[] }

/**
 * Adds a scene from a photo file: imports it in a worker (editor/photo-import), has the app shell store
 * its files (`storePhoto`), then adds the photo and a scene that starts from the photo's own view and
 * north, as one undo step. Answers null or the problem in words (the import's, or the storage's, like
 * "storage is full").
 */
export const usePhotoScene = () => {
  const { store, storePhoto, announce } = useSceneEditor()
  const [running, setRunning] = useState<PhotoImportRun | null>(null)
  const [notes, setNotes] = useState<PhotoNotes | null>(null)
  const run = useCallback(
    async (file: File, title: string | undefined, afterSceneId: SceneId | undefined): Promise<string | null> => {
      if (!storePhoto) return null
      const abort = new AbortController()
      const cancel = () => abort.abort()
      setRunning({ fileName: file.name, cancel })
      setNotes(null)
      try {
        const photo = await importPhoto(
          file,
          { signal: abort.signal, onProgress: (status) => setRunning({ fileName: file.name, status, cancel }) },
        )
        const sha256 = await storePhoto(photo)
        const state = store.getState()
        const assetId = makeId('asset')
        const sceneId = makeId('scene')
        state.beginGesture(t.steps.importPhoto)
        const added = state.applyCommand(
          addAsset,
          { id: assetId, photo, sha256, language: state.session.language },
          { label: t.steps.importPhoto },
        )
        const scene = added.ok
          ? state.applyCommand(
              addScene,
              {
                id: sceneId,
                panoramaAssetId: assetId,
                title,
                afterSceneId,
                initialView: photo.initialView,
                northHeadingDeg: photo.northHeadingDeg,
                language: state.session.language,
              },
              { label: t.steps.importPhoto },
            )
          : added
        if (!scene.ok) {
          state.cancelGesture()
          return scene.error.message
        }
        state.endGesture()
        store.getState().selectScene(sceneId)
        const made = store.getState().doc.scenes.find((candidate) => candidate.id === sceneId)
        announce(t.photoAdded(made?.title[state.session.language] ?? ''))
        setNotes({ fileName: file.name, warnings: photo.warnings })
        return null
      } catch (error) {
        return isPhotoImportError(error) || isMediaStoreError(error) ? error.message : t.importFailed
      } finally {
        setRunning(null)
      }
    },
    [store, storePhoto, announce],
  )
  return { run, running, canImport: storePhoto !== undefined, notes, dismissNotes: () => setNotes(null) }
}
