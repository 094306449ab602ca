import type { Story } from '@story-schema'
import { parseStoryFile } from '@story-schema'
import type { LibraryStorage } from '../persistence/library-storage'
import { storyMediaFiles } from '../persistence/story-media'
import type { SampleEntry } from './sample-index'
import { loadSampleIndex } from './sample-index'

/** Progress of copying the samples into the library, for the progress line. */
export type SampleCopyProgress =
  | { phase: 'checking' }
  | { phase: 'copying'; title: string; done: number; total: number }
  | { phase: 'done'; copied: string[] }
  | { phase: 'failed'; offline: boolean; reason: string; copied: string[] }

/** Why one sample could not be copied. */
export type SampleFailure = { ok: false; offline: boolean; reason: string }

/** What copying a sample needs. */
export type CopyOptions = {
  storage: LibraryStorage
  /** The app's address; samples live at `samples/` under it. */
  baseUrl: string
  fetch?: typeof fetch
  /** A fresh id for a new story made from the sample; without it the sample keeps its own id. */
  newId?: string
  onFile?: (done: number, total: number) => void
}

const offlineError = (error: unknown): boolean =>
  error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false)

const failed = (error: unknown, what: string): SampleFailure => ({
  ok: false,
  offline: offlineError(error),
  reason: error instanceof Error && !offlineError(error) ? error.message : `${what} could not be downloaded.`,
})

const fetchOk = async (doFetch: typeof fetch, url: URL, what: string): Promise<Response> => {
  const response = await doFetch(url)
  if (!response.ok) throw new Error(`${what} could not be downloaded (HTTP ${response.status}).`)
  return response
}

/**
 * Copies one sample story into the library: story.json through parseStoryFile, then every media file
 * the library does not have yet (checked against its sha-256), then the story in one save (A-P5).
 * Nothing is saved for a sample that did not fully arrive.
 */
export const copySample = async (entry: SampleEntry, options: CopyOptions): Promise<{ ok: true; story: Story } | SampleFailure> => {
  const { storage, newId } = options
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  const storyUrl = new URL(`samples/${entry.path}`, options.baseUrl)
  let story: Story
  try {
    const parsed = parseStoryFile(await (await fetchOk(doFetch, storyUrl, `The sample “${entry.title}”`)).text())
    if (!parsed.ok) return { ok: false, offline: false, reason: `The sample “${entry.title}” is damaged: ${parsed.error.message}` }
    story = newId ? { ...parsed.story, id: newId as Story['id'] } : parsed.story
  } catch (error) {
    return failed(error, `The sample “${entry.title}”`)
  }
  const files = storyMediaFiles(story)
  let done = 0
  const queue = [...files]
  const worker = async (): Promise<SampleFailure | null> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (!(await storage.hasMedia(file.sha256))) {
        try {
          const bytes = await (await fetchOk(doFetch, new URL(file.path, storyUrl), file.path)).arrayBuffer()
          const put = await storage.putMedia(bytes, file.mime)
          if (!put.ok) return { ok: false, offline: false, reason: put.message }
          if (put.sha256 !== file.sha256) return { ok: false, offline: false, reason: `The file ${file.path} arrived damaged.` }
        } catch (error) {
          return failed(error, file.path)
        }
      }
      options.onFile?.(++done, files.length)
    }
    return null
  }
  const problems = (await Promise.all([worker(), worker(), worker(), worker()])).filter((p) => p !== null)
  if (problems[0]) return problems[0]
  const saved = await storage.saveStory(story, { baseRevision: 0, countsAsEdit: false, durability: 'strict' })
  if (!saved.ok && !(saved.reason === 'conflict' && !newId)) return { ok: false, offline: false, reason: saved.message }
  return { ok: true, story }
}

/**
 * On first start (and after a failed try), copies every sample not copied before into the library,
 * one after the other, reporting progress. If offline or a download fails it stops, says so, and keeps
 * the samples that fully arrived. A sample the person deleted is not copied again.
 */
export const copySamples = async (
  options: Omit<CopyOptions, 'newId' | 'onFile'> & { onProgress?: (progress: SampleCopyProgress) => void },
): Promise<SampleCopyProgress> => {
  const { storage, onProgress } = options
  const report = (progress: SampleCopyProgress) => {
    onProgress?.(progress)
    return progress
  }
  report({ phase: 'checking' })
  const copied: string[] = []
  const already = new Set(await storage.copiedSamples())
  let index: SampleEntry[]
  try {
    index = await loadSampleIndex(options.baseUrl, options.fetch)
  } catch (error) {
    // Offline on a later visit: the samples came in before, so there is nothing to say.
    if (already.size > 0) return report({ phase: 'done', copied })
    const failure = failed(error, 'The list of samples')
    return report({ phase: 'failed', offline: failure.offline, reason: failure.reason, copied })
  }
  for (const entry of index.filter((candidate) => !already.has(candidate.slug))) {
    report({ phase: 'copying', title: entry.title, done: 0, total: 0 })
    const result = await copySample(entry, { ...options, onFile: (done, total) => report({ phase: 'copying', title: entry.title, done, total }) })
    if (!result.ok) return report({ phase: 'failed', offline: result.offline, reason: result.reason, copied })
    await storage.markSampleCopied(entry.slug)
    copied.push(entry.title)
  }
  return report({ phase: 'done', copied })
}
