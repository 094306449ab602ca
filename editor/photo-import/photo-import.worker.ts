/**
 * The photo import worker: receives `{ type: 'import', file }`, posts progress, then the result (its
 * ArrayBuffers transferred, never copied, each with its sha-256) or an error with a code. One worker per import; the client terminates it
 * when done or cancelled. Start it with `new Worker(new URL('./photo-import.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { sha256Hex } from '../persistence/sha256'
import { canUseOffscreenCodec, offscreenCodec } from './offscreen-codec'
import { PhotoImportError } from './photo-import-error'
import type { PhotoImportRequest, PhotoImportResponse } from './photo-import-protocol'
import { processPhoto } from './process-photo'

type WorkerScope = {
  postMessage(message: PhotoImportResponse, options?: { transfer?: Transferable[] }): void
  addEventListener(type: 'message', listener: (event: MessageEvent<PhotoImportRequest>) => void): void
}

const scope = self as unknown as WorkerScope

const fail = (error: unknown) => {
  if (error instanceof PhotoImportError) {
    scope.postMessage({ type: 'error', code: error.code, params: error.params, ...(error.detail ? { detail: error.detail } : {}) })
  } else {
    const detail = error instanceof Error ? error.message : String(error)
    scope.postMessage({ type: 'error', code: 'worker-failed', params: {}, detail })
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data
  if (request?.type !== 'import') return
  if (!canUseOffscreenCodec()) {
    scope.postMessage({ type: 'error', code: 'unsupported-browser', params: {} })
    return
  }
  // Hashing here spares the page a 40–90 ms hash of the main picture (the storage keys files by it).
  const canHash = typeof crypto === 'object' && typeof crypto.subtle?.digest === 'function'
  processPhoto(request.file, offscreenCodec, (progress) => scope.postMessage(progress), canHash ? { sha256: sha256Hex } : {})
    .then((photo) => {
      const transfer = [photo.main.bytes, ...photo.derivatives.map((d) => d.bytes)]
      scope.postMessage({ type: 'result', photo }, { transfer })
    })
    .catch(fail)
})
