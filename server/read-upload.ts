import { Unzip, UnzipInflate } from 'fflate'
import { parseStoryFile } from '../story-schema/index.ts'
import { isPublishedName } from './published-names.ts'
import type { ShareLimits } from './share-limits.ts'

/** A checked upload: its files by name (a Map, never an object keyed by names, B-9), or why not. */
export type ReadUpload = { ok: true; files: Map<string, Uint8Array> } | { ok: false; status: 400 | 413; error: string }

class UploadProblem extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message)
  }
}

/** B-1/B-2: a whole zip ends with its end-of-central-directory record (PK 5 6) in the last 64 KiB + 22 bytes. */
const hasEndRecord = (zip: Uint8Array): boolean => {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at -= 1) {
    if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x05 && zip[at + 3] === 0x06) return true
  }
  return false
}

/** Unpacks a zip, counting the bytes it really inflates (never the sizes its headers claim, B-3/B-4). */
const unpack = (zip: Uint8Array, limits: ShareLimits): Map<string, Uint8Array> => {
  if (zip[0] !== 0x50 || zip[1] !== 0x4b || zip[2] !== 0x03 || zip[3] !== 0x04) throw new UploadProblem('This is not a published story (not a zip file).')
  if (!hasEndRecord(zip)) throw new UploadProblem('The zip file is incomplete. Publish the story again.')
  const files = new Map<string, Uint8Array>()
  let total = 0
  let count = 0
  let failure: Error | null = null
  const unzip = new Unzip((entry) => {
    if (entry.name.endsWith('/')) return
    count += 1
    if (count > limits.files) {
      failure ??= new UploadProblem('The story has too many files.', 413)
      return
    }
    if (files.has(entry.name)) {
      failure ??= new UploadProblem(`The file “${entry.name}” is in the zip twice.`)
      return
    }
    const parts: Uint8Array[] = []
    let bytes = 0
    entry.ondata = (error, chunk, final) => {
      if (failure) return
      if (error) {
        failure = new UploadProblem('The zip file is damaged. Publish the story again.')
        return
      }
      bytes += chunk.length
      total += chunk.length
      if (bytes > limits.fileBytes || total > limits.totalBytes) {
        failure = new UploadProblem('The story is too large when unpacked.', 413)
        entry.terminate()
        return
      }
      parts.push(chunk)
      if (final) {
        const whole = new Uint8Array(bytes)
        let at = 0
        for (const part of parts) {
          whole.set(part, at)
          at += part.length
        }
        files.set(entry.name, whole)
      }
    }
    entry.start()
  })
  unzip.register(UnzipInflate)
  try {
    unzip.push(zip, true)
  } catch {
    throw new UploadProblem('The zip file is damaged or incomplete. Publish the story again.')
  }
  if (failure) throw failure
  return files
}

/** The names without the one folder the publisher puts everything in ("my-street/index.html" → "index.html"). */
const withoutTopFolder = (files: Map<string, Uint8Array>): Map<string, Uint8Array> => {
  const names = [...files.keys()]
  const top = names[0]?.split('/')[0]
  if (!top || !names.every((name) => name.startsWith(`${top}/`))) return files
  return new Map([...files].map(([name, bytes]) => [name.slice(top.length + 1), bytes]))
}

/**
 * Checks a published-website zip before anything is stored: a zip, within the limits, only names a
 * publisher makes (B-8, B-31), no duplicates (B-10), index.html and a story.json that story-schema's
 * parseStoryFile accepts.
 */
export const readUpload = (zip: Uint8Array, limits: ShareLimits): ReadUpload => {
  try {
    const files = withoutTopFolder(unpack(zip, limits))
    const bad = [...files.keys()].filter((name) => !isPublishedName(name))
    if (bad.length > 0) throw new UploadProblem(`These files may not be shared: ${bad.slice(0, 5).join(', ')}`)
    if (!files.has('index.html')) throw new UploadProblem('The zip has no index.html. Publish the story as a website, then share it.')
    const story = files.get('story.json')
    if (!story) throw new UploadProblem('No story found in this zip (story.json is missing).')
    const parsed = parseStoryFile(new TextDecoder().decode(story))
    if (!parsed.ok) throw new UploadProblem(`story.json is not a story Storysphere can play: ${parsed.error.message}`)
    return { ok: true, files }
  } catch (error) {
    if (error instanceof UploadProblem) return { ok: false, status: error.status, error: error.message }
    throw error
  }
}
