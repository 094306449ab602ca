import type { Page } from 'playwright-core'
import { readStoredStoryFile } from './editor-story'

/**
 * Helpers for the editor library tests: wait for the first-start sample copy, and read or write the
 * library's IndexedDB directly (database `storysphere-library`, stores `stories`, `media`, `meta`).
 */
export const sampleIds = { myStreet: 'story:my-street', harbour: 'story:harbour-at-dawn' } as const

/** Opens `/` and waits until the samples are in the library and both cards show. */
export const openLibrary = async (page: Page, baseUrl: string): Promise<void> => {
  await page.goto(`${baseUrl}/`)
  await page.getByText('The sample stories are in your library.').or(page.locator('.story-card').nth(1)).first().waitFor({ timeout: 30_000 })
  await page.locator('.story-card').nth(1).waitFor()
}

/** The hash address of a story's screen. */
export const storyUrl = (baseUrl: string, id: string): string => `${baseUrl}/#/story/${encodeURIComponent(id)}`

/** Reads one stored record as `{ revision, title }` (title in English), or null when there is none. */
export const readStoredStory = async (page: Page, id: string): Promise<{ revision: number; title: string } | null> => {
  const stored = await readStoredStoryFile(page, id)
  return stored && { revision: stored.revision, title: stored.story.title.en ?? '' }
}

/** Writes any value into the stories store as it is (to make a broken record, A-F13). */
export const writeRawRecord = (page: Page, value: unknown): Promise<void> =>
  page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('stories', 'readwrite')
          tx.objectStore('stories').put(record)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    value,
  )

/** Polls until `read` answers something `done` accepts; answers how long that took in ms. */
export const waitUntil = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<number> => {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (done(await read())) return Date.now() - start
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`condition not met within ${timeoutMs} ms`)
}
