import { PhotoImportError } from './photo-import-error'
import type { ImportedPhoto, PhotoImportRequest, PhotoImportResponse, PhotoImportStep } from './photo-import-protocol'
import { stepStrings } from './strings'

/** Where an import is: the step that has started, with a label for people and the share done (0–1). */
export type PhotoImportStatus = { step: PhotoImportStep; label: string; fraction: number; stepIndex: number; stepCount: number }

/** The part of a `Worker` the client uses (a fake in tests). */
export type PhotoImportWorker = {
  postMessage(message: PhotoImportRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<PhotoImportResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
}

/** Options of `importPhoto`. */
export type ImportPhotoOptions = {
  /** Called as each step starts. */
  onProgress?: (status: PhotoImportStatus) => void
  /** Aborting stops the worker at once and rejects with code `cancelled`. */
  signal?: AbortSignal
  /** Makes the worker; the default is the bundled `photo-import.worker.ts` (the spare one when there is one). */
  createWorker?: () => PhotoImportWorker
  /** Gets the worker back after a successful import; the default keeps the bundled one as the spare, else ends it. */
  keepWorker?: (worker: PhotoImportWorker) => void
}

/** The bundled worker (Vite recognises this exact `new Worker(new URL(…, import.meta.url))` form). */
const createPhotoImportWorker = (): PhotoImportWorker =>
  new Worker(new URL('./photo-import.worker.ts', import.meta.url), { type: 'module', name: 'photo-import' })

/**
 * One idle worker kept for the next import: ending a worker makes the page wait while the worker's
 * memory is torn down (measured 50–180 ms of frozen page in Chromium right after an 8192 px import).
 * A worker that failed or was cancelled is ended instead, and a spare that errors is dropped.
 */
let spare: PhotoImportWorker | null = null
const takeSpareWorker = (): PhotoImportWorker => {
  const worker = spare ?? createPhotoImportWorker()
  spare = null
  return worker
}
const keepSpareWorker = (worker: PhotoImportWorker) => {
  if (spare) return worker.terminate()
  spare = worker
  worker.onerror = () => {
    if (spare === worker) spare = null
    worker.terminate()
  }
}

const statusOf = (message: Extract<PhotoImportResponse, { type: 'progress' }>): PhotoImportStatus => ({
  step: message.step,
  label: message.step === 'downscaled' ? stepStrings.downscaled(message.widthPx ?? 0) : stepStrings[message.step](),
  fraction: Math.min(1, message.stepIndex / Math.max(1, message.stepCount)),
  stepIndex: message.stepIndex,
  stepCount: message.stepCount,
})

/**
 * Imports a photo in a Web Worker so the page never freezes: checks it, decodes it, and makes the
 * JPEG ladder (see `processPhoto`). Resolves with the media (ArrayBuffers transferred from the
 * worker) or rejects with a `PhotoImportError` whose `message` is plain language naming the file.
 */
export const importPhoto = (file: File, options: ImportPhotoOptions = {}): Promise<ImportedPhoto> => {
  const { onProgress, signal, createWorker = takeSpareWorker } = options
  const keepWorker = options.keepWorker ?? (createWorker === takeSpareWorker ? keepSpareWorker : (worker: PhotoImportWorker) => worker.terminate())
  return new Promise<ImportedPhoto>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new PhotoImportError('cancelled', file.name))
      return
    }
    let worker: PhotoImportWorker
    try {
      worker = createWorker()
    } catch (error) {
      reject(new PhotoImportError('unsupported-browser', file.name, {}, String(error)))
      return
    }
    let settled = false
    const settle = (outcome: () => void, reusable = false) => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      worker.onmessage = null
      worker.onerror = null
      worker.onmessageerror = null
      if (reusable) keepWorker(worker)
      else worker.terminate()
      outcome()
    }
    const onAbort = () => settle(() => reject(new PhotoImportError('cancelled', file.name)))
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.onmessage = (event) => {
      const message = event.data
      if (settled) return
      if (message.type === 'progress') onProgress?.(statusOf(message))
      else if (message.type === 'result') settle(() => resolve(message.photo), true)
      else settle(() => reject(new PhotoImportError(message.code, file.name, message.params, message.detail)))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      settle(() => reject(new PhotoImportError('worker-failed', file.name, {}, event.message || 'worker error')))
    }
    worker.onmessageerror = () =>
      settle(() => reject(new PhotoImportError('worker-failed', file.name, {}, 'message could not be read')))
    worker.postMessage({ type: 'import', file })
  })
}
