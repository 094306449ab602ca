import { describe, expect, it } from 'vitest'
import { importPhoto } from './import-photo'
import type { PhotoImportStatus } from './import-photo'
import { PhotoImportError } from './photo-import-error'
import { fakeWorker } from './testing/fake-worker'
import { fileOf, gifBytes, jpegBytes } from './testing/image-fixtures'

const photoFile = fileOf(jpegBytes({ widthPx: 4096, heightPx: 2048 }), 'yard.jpg')

const rejection = async (promise: Promise<unknown>): Promise<PhotoImportError> => {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(PhotoImportError)
    return error as PhotoImportError
  }
  throw new Error('expected a rejection')
}

describe('importPhoto', () => {
  it('runs the worker, reports progress with labels and resolves with the media', async () => {
    const { worker, state } = fakeWorker({ widthPx: 4096, heightPx: 2048 })
    const statuses: PhotoImportStatus[] = []
    const photo = await importPhoto(photoFile, { createWorker: () => worker, onProgress: (s) => statuses.push(s) })
    expect(state.posted).toEqual([{ type: 'import', file: photoFile }])
    expect(statuses.map((s) => [s.label, s.fraction])).toEqual([
      ['Checking the photo', 0],
      ['Opening the photo', 0.2],
      ['Saving the picture', 0.4],
      ['Making a smaller copy (2048 pixels wide)', 0.6],
      ['Making a tiny preview', 0.8],
    ])
    expect(photo.main).toMatchObject({ widthPx: 4096, heightPx: 2048 })
    expect(photo.derivatives.map((d) => d.widthPx)).toEqual([2048, 256])
    expect(state.terminated).toBe(true)
  })

  it('hands the worker back for the next import after a success (ending one freezes the page), never after a failure', async () => {
    const kept: unknown[] = []
    const done = fakeWorker({ widthPx: 4096, heightPx: 2048 })
    await importPhoto(photoFile, { createWorker: () => done.worker, keepWorker: (worker) => kept.push(worker) })
    expect(kept).toEqual([done.worker])
    expect(done.state.terminated).toBe(false)
    expect([done.worker.onmessage, done.worker.onerror, done.worker.onmessageerror]).toEqual([null, null, null])
    const failed = fakeWorker({ widthPx: 1, heightPx: 1 })
    await rejection(importPhoto(fileOf(gifBytes, 'cat.gif'), { createWorker: () => failed.worker, keepWorker: (worker) => kept.push(worker) }))
    expect(kept).toEqual([done.worker])
    expect(failed.state.terminated).toBe(true)
  })

  it('turns worker errors into PhotoImportError with a code and a message naming the file', async () => {
    const { worker } = fakeWorker({ widthPx: 1, heightPx: 1 })
    const error = await rejection(importPhoto(fileOf(gifBytes, 'cat.gif'), { createWorker: () => worker }))
    expect(error.code).toBe('gif-not-supported')
    expect(error.message).toBe('“cat.gif” is a GIF. Use a JPEG, PNG or WebP photo.')
  })

  it('stops the worker at once when cancelled', async () => {
    const controller = new AbortController()
    const { worker, state } = fakeWorker({ widthPx: 1, heightPx: 1 }, (_request, post) => {
      post({ type: 'progress', step: 'reading', stepIndex: 0, stepCount: 3 })
    })
    const promise = importPhoto(photoFile, { createWorker: () => worker, signal: controller.signal, onProgress: () => controller.abort() })
    const error = await rejection(promise)
    expect(error.code).toBe('cancelled')
    expect(state.terminated).toBe(true)
  })

  it('refuses at once when already cancelled, without starting a worker', async () => {
    const controller = new AbortController()
    controller.abort()
    let started = false
    const createWorker = () => {
      started = true
      return fakeWorker({ widthPx: 1, heightPx: 1 }).worker
    }
    const error = await rejection(importPhoto(photoFile, { signal: controller.signal, createWorker }))
    expect(error.code).toBe('cancelled')
    expect(started).toBe(false)
  })

  it('reports a crashed worker, and a browser that cannot start one', async () => {
    const { worker, state } = fakeWorker({ widthPx: 1, heightPx: 1 }, (_request, _post, self) => {
      setTimeout(() => self.onerror?.({ message: 'Out of memory', preventDefault: () => {} } as ErrorEvent), 0)
    })
    const crashed = await rejection(importPhoto(photoFile, { createWorker: () => worker }))
    expect([crashed.code, crashed.detail, state.terminated]).toEqual(['worker-failed', 'Out of memory', true])
    const noWorker = await rejection(importPhoto(photoFile, { createWorker: () => { throw new ReferenceError('Worker is not defined') } }))
    expect(noWorker.code).toBe('unsupported-browser')
  })
})
