import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'

/** One file to put in a zip: its name inside the zip, its bytes, and whether to deflate it. */
export type ZipFileInput = {
  /** The path inside the zip ("story.json", "images/harbour.jpg"); forward slashes, no leading "/". */
  name: string
  data: Uint8Array | Blob
  /** true: DEFLATE (text, JSON, HTML); false: STORE, for files already compressed (JPEG, MP3). */
  compress: boolean
}

export type WriteZipOptions = {
  /** Called after each chunk of input is added: bytes added so far and in all. */
  onProgress?: (doneBytes: number, totalBytes: number) => void
  signal?: AbortSignal
  /** The MIME type of the answered Blob; "application/zip" unless told. */
  mime?: string
}

const chunkBytes = 1024 * 1024

/**
 * Writes files into one zip with fflate's streaming `Zip` (A-F18): Blob inputs are read a chunk at
 * a time, the output is collected as Blob parts (never one big buffer), and `signal` cancels. Names
 * are written as given, with the UTF-8 flag fflate sets for non-ASCII; a name twice throws.
 *
 * ```ts
 * const blob = await writeZip([
 *   { name: 'index.html', data: new TextEncoder().encode(html), compress: true },
 *   { name: 'images/harbour.jpg', data: jpegBlob, compress: false },
 * ], { onProgress: (done, total) => … })
 * ```
 */
export const writeZip = async (files: ZipFileInput[], { onProgress, signal, mime = 'application/zip' }: WriteZipOptions = {}): Promise<Blob> => {
  const names = new Set<string>()
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`"${file.name}" is in the zip twice`)
    names.add(file.name)
  }
  const parts: Uint8Array[] = []
  let failure: Error | null = null
  let finished = false
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error
    else parts.push(chunk)
    if (final) finished = true
  })
  const totalBytes = files.reduce((sum, file) => sum + (file.data instanceof Blob ? file.data.size : file.data.length), 0)
  let doneBytes = 0
  for (const file of files) {
    const entry = file.compress ? new ZipDeflate(file.name, { level: 6 }) : new ZipPassThrough(file.name)
    zip.add(entry)
    const size = file.data instanceof Blob ? file.data.size : file.data.length
    if (size === 0) entry.push(new Uint8Array(0), true)
    for (let at = 0; at < size; at += chunkBytes) {
      if (signal?.aborted) {
        zip.terminate()
        throw signal.reason
      }
      const end = Math.min(size, at + chunkBytes)
      const chunk = file.data instanceof Blob ? new Uint8Array(await file.data.slice(at, end).arrayBuffer()) : file.data.subarray(at, end)
      entry.push(chunk, end === size)
      doneBytes += chunk.length
      onProgress?.(doneBytes, totalBytes)
      if (failure) throw failure
    }
  }
  zip.end()
  if (failure) throw failure
  if (!finished) throw new Error('the zip did not finish')
  return new Blob(parts as BlobPart[], { type: mime })
}
