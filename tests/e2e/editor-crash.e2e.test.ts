import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { parseStoryFile } from '../../story-schema'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, sampleIds, storyUrl } from './support/editor-library'

/**
 * A-F7: the tab's renderer crashes (CDP `Page.crash`) in the middle of a save. On reopen the story is
 * the previous revision or the new one, never a mix: the record parses (`parseStoryFile`), its
 * revision matches its text, and the backup edit counter (written in the same transaction, A-P5)
 * moved with it. Real Chromium and IndexedDB; one library (context) for the file.
 */
type Stored = { revision: number; text: string; editsSinceBackup: number }

/** The raw story record and the backup counter, read in one transaction. */
const readStored = (page: Page, id: string): Promise<Stored> =>
  page.evaluate(
    (storyId) =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('storysphere-library')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['stories', 'meta'])
          const story = tx.objectStore('stories').get(storyId)
          const backup = tx.objectStore('meta').get('backup')
          tx.oncomplete = () => {
            db.close()
            const record = story.result as { revision: number; text: string }
            const counter = (backup.result as { editsSinceBackup?: number } | undefined)?.editsSinceBackup ?? 0
            resolve({ revision: record.revision, text: record.text, editsSinceBackup: counter })
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    id,
  )

const titleOf = (stored: Stored): string => {
  const parsed = parseStoryFile(stored.text)
  if (!parsed.ok) throw new Error(`the stored story does not parse: ${parsed.error.message}`)
  return parsed.story.title.en ?? ''
}

/**
 * In the page: when the app's save transaction (stories + meta, readwrite) puts the story record, say
 * so on the console, and keep that transaction busy for `holdMs` (harmless reads) so that the crash
 * lands before, during or after its commit.
 */
const watchSaves = (page: Page, holdMs: number) =>
  page.addInitScript((holdOpenMs: number) => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args)
      const names = [...this.transaction.objectStoreNames]
      if (this.name === 'stories' && names.includes('meta')) {
        if (holdOpenMs > 0) {
          const until = Date.now() + holdOpenMs
          const spin = () => {
            if (Date.now() < until) this.count().onsuccess = spin // an arrow function: `this` is the store
          }
          spin()
        }
        console.log('storysphere-test: story put')
      }
      return request
    }
  }, holdMs)

describe('editor crash in the middle of a save (A-F7)', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    browser = await launchBrowser()
    const opened = await openPage(browser)
    context = opened.context
    await openLibrary(opened.page, baseUrl)
    await opened.page.close()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Opens the story in a new tab, types a title, and crashes the tab as soon as the save (held open `holdMs`) puts the record. */
  const crashDuringSave = async (title: string, holdMs: number): Promise<void> => {
    const page = await context.newPage()
    await watchSaves(page, holdMs)
    await page.goto(storyUrl(baseUrl, sampleIds.harbour))
    await page.getByText('Saved in this browser').waitFor()
    const putting = page.waitForEvent('console', { predicate: (message) => message.text() === 'storysphere-test: story put' })
    await page.getByLabel('Story title').fill(title)
    await putting
    const crashed = page.waitForEvent('crash')
    const cdp = await context.newCDPSession(page)
    void cdp.send('Page.crash').catch(() => undefined) // never answers: the renderer is gone
    await crashed
    await page.close().catch(() => undefined)
  }

  test('a crash while the save transaction is open leaves the previous revision, whole', async () => {
    const reader = await context.newPage()
    await reader.goto(`${baseUrl}/`)
    const before = await readStored(reader, sampleIds.harbour)
    await crashDuringSave('Never committed', 5000)
    const after = await readStored(reader, sampleIds.harbour)
    expect(after).toEqual(before)
    expect(titleOf(after)).toBe('Harbour at dawn')
    await reader.close()
  })

  test('crashes at several moments of the save: always the previous or the new revision, never a mix', async () => {
    const reader = await context.newPage()
    await reader.goto(`${baseUrl}/`)
    const outcomes: string[] = []
    for (const [index, holdMs] of [0, 5, 15, 40, 100].entries()) {
      const before = await readStored(reader, sampleIds.harbour)
      const title = `Crash test ${index}`
      await crashDuringSave(title, holdMs)
      const after = await readStored(reader, sampleIds.harbour)
      if (after.revision === before.revision) {
        expect(after).toEqual(before)
        outcomes.push('previous')
      } else {
        expect(after.revision).toBe(before.revision + 1)
        expect(titleOf(after)).toBe(title)
        expect(after.editsSinceBackup).toBe(before.editsSinceBackup + 1)
        outcomes.push('new')
      }
    }
    expect(outcomes).toHaveLength(5)
    console.log(`A-F7 outcomes with the save held open 0/5/15/40/100 ms: ${outcomes.join(', ')}`)

    // Reopened, the story opens in the editor with the title that was stored.
    const stored = await readStored(reader, sampleIds.harbour)
    const reopened = await context.newPage()
    await reopened.goto(storyUrl(baseUrl, sampleIds.harbour))
    await reopened.getByRole('heading', { name: titleOf(stored), level: 1 }).waitFor()
    await reopened.getByText('Saved in this browser').waitFor()
    await screenshot(reopened, 'editor-crash-reopened')
    await reopened.close()
    await reader.close()
  })
})
