import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportedPhoto, PhotoImportStatus } from '../photo-import'
import { importPhoto, isPhotoImportError } from '../photo-import'
import { strings } from '../ui/strings'

/** An import in progress: the file, its latest status, and how to stop it. */
export type RunningImport = { fileName: string; status?: PhotoImportStatus; cancel: () => void }

/** What an import answers: the photo, or the problem in words. */
export type PhotoImportOutcome = { ok: true; photo: ImportedPhoto } | { ok: false; message: string }

/**
 * Imports one photo at a time (editor/photo-import, in a worker) and keeps its progress for
 * `<PhotoImportProgress>`; an import still running when the component goes away is stopped.
 */
export const usePhotoImport = () => {
  const [running, setRunning] = useState<RunningImport | null>(null)
  const current = useRef<AbortController | null>(null)
  useEffect(() => () => current.current?.abort(), [])
  const run = useCallback(async (file: File): Promise<PhotoImportOutcome> => {
    const abort = new AbortController()
    current.current = abort
    const cancel = () => abort.abort()
    setRunning({ fileName: file.name, cancel })
    try {
      const photo = await importPhoto(file, { signal: abort.signal, onProgress: (status) => setRunning({ fileName: file.name, status, cancel }) })
      return { ok: true, photo }
    } catch (error) {
      return { ok: false, message: isPhotoImportError(error) ? error.message : strings.photoImportFailed }
    } finally {
      if (current.current === abort) current.current = null
      setRunning(null)
    }
  }, [])
  return { run, running }
}
