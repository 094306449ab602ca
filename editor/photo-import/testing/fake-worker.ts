import type { PhotoImportWorker } from '../import-photo'
import type { PhotoImportRequest, PhotoImportResponse } from '../photo-import-protocol'
import { processPhoto } from '../process-photo'
import { fakeCodec } from './fake-codec'

/**
 * A stand-in for the photo import worker in Node: runs the real pipeline with a fake codec and
 * delivers its messages asynchronously, like a worker would. `script` replaces the pipeline.
 */
export const fakeWorker = (
  decoded: { widthPx: number; heightPx: number } | Error,
  script?: (request: PhotoImportRequest, post: (message: PhotoImportResponse) => void, worker: PhotoImportWorker) => void,
) => {
  const state = { terminated: false, posted: [] as PhotoImportRequest[] }
  const worker: PhotoImportWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminate: () => {
      state.terminated = true
    },
    postMessage(request) {
      state.posted.push(request)
      const post = (message: PhotoImportResponse) =>
        setTimeout(() => !state.terminated && worker.onmessage?.({ data: message } as MessageEvent<PhotoImportResponse>), 0)
      if (script) return script(request, post, worker)
      processPhoto(request.file, fakeCodec(decoded).codec, post)
        .then((photo) => post({ type: 'result', photo }))
        .catch((error: { code: 'corrupt'; params: object }) => post({ type: 'error', code: error.code, params: error.params }))
    },
  }
  return { worker, state }
}
