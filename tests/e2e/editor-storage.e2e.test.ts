import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, readStoredStory, sampleIds, storyUrl, waitUntil, writeRawRecord } from './support/editor-library'

/**
 * Never losing work, in real Chromium with real IndexedDB (reliability-a11y.md §A): autosave within
 * ~1 s and on pagehide (A-F19), storage full (A-P4, A-F4), a second tab read-only (A-F10), a broken
 * record (A-F13), IndexedDB unavailable (A-F14). One browser; a fresh context (library) per test.
 */
describe('editor storage', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('A-F19: an edit is saved about 1 s after it, and at once on pagehide', async () => {
    const { context, page, errors } = await openPage(browser)
    await openLibrary(page, baseUrl)
    await page.goto(storyUrl(baseUrl, sampleIds.myStreet))
    const title = page.getByLabel('Story title')
    await title.fill('Amira’s street')
    const savedAfterMs = await waitUntil(() => readStoredStory(page, sampleIds.myStreet), (s) => s?.title === 'Amira’s street')
    expect(savedAfterMs).toBeLessThan(2500)
    await page.getByText('Saved in this browser').waitFor()

    await title.fill('Closed at once')
    const closed = page.waitForEvent('close')
    await page.close({ runBeforeUnload: true }) // well inside the 1 s debounce; no "leave?" prompt for a save in progress
    await closed
    expect(page.isClosed()).toBe(true)
    const again = await context.newPage()
    await again.goto(`${baseUrl}/`)
    await again.locator('.story-card').nth(1).waitFor() // the library opened, and applied the journal first
    // Revision 3: the journal written on pagehide was applied as the next revision (idb-drafts.ts).
    expect(await readStoredStory(again, sampleIds.myStreet)).toEqual({ revision: 3, title: 'Closed at once' })
    expect(errors).toEqual([])
    await context.close()
  })

  test('A-P4/A-F4: storage full → "Not saved: storage is full", the edit stays, nothing reloads; then it saves', async () => {
    const { context, page } = await openPage(browser)
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return put.apply(this, args)
      }
    })
    await openLibrary(page, baseUrl)
    await page.goto(storyUrl(baseUrl, sampleIds.harbour))
    await page.getByRole('heading', { name: 'Harbour at dawn', level: 1 }).waitFor()
    const before = await readStoredStory(page, sampleIds.harbour)
    await page.evaluate(() => Object.assign(window, { storageFull: true, sameDocument: 'yes' }))
    const title = page.getByLabel('Story title')
    await title.fill('Harbour at night')
    await page.getByText('Not saved: storage is full — download a backup and free space').waitFor({ timeout: 5000 })
    await page.getByText('Your changes are still here.', { exact: false }).waitFor()
    expect(await page.getByRole('status').getByRole('button', { name: 'Download backup' }).count()).toBe(1)
    await screenshot(page, 'editor-storage-full')
    expect(await runAxe(page)).toEqual([])
    expect(await title.inputValue()).toBe('Harbour at night')
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: string }).sameDocument)).toBe('yes')
    expect(await readStoredStory(page, sampleIds.harbour)).toEqual(before)

    // The download offered here includes the edit that could not be saved.
    const download = page.waitForEvent('download')
    await page.getByRole('status').getByRole('button', { name: 'Download backup' }).click()
    expect((await download).suggestedFilename()).toMatch(/^storysphere-backup-\d{4}-\d\d-\d\d\.zip$/)

    await page.evaluate(() => Object.assign(window, { storageFull: false }))
    await title.fill('Harbour at night!')
    await page.getByText('Saved in this browser').waitFor({ timeout: 5000 })
    expect(await readStoredStory(page, sampleIds.harbour)).toEqual({ revision: (before?.revision ?? 0) + 1, title: 'Harbour at night!' })
    await context.close()
  })

  test('A-F10: a second tab on the same story is read-only with a banner, and can edit once the first closes', async () => {
    const { context, page: first } = await openPage(browser)
    await openLibrary(first, baseUrl)
    await first.goto(storyUrl(baseUrl, sampleIds.myStreet))
    await first.getByText('Saved in this browser').waitFor()
    const second = await context.newPage()
    await second.goto(storyUrl(baseUrl, sampleIds.myStreet))
    await second.getByText('Open in another tab').first().waitFor()
    await second.getByText('This story is open for editing in another tab or window.', { exact: false }).waitFor()
    expect(await second.getByLabel('Story title').getAttribute('readonly')).not.toBeNull()
    // No scene editor here (its edits could not be kept): the map and Play, and the banner says why.
    await second.getByText('the scene editor is switched off here', { exact: false }).waitFor()
    expect(await second.getByRole('tab').allTextContents()).toEqual(['Story map', 'Play'])
    await second.locator('.react-flow__node-scene').first().waitFor()
    expect(await second.locator('.scene-editor').count()).toBe(0)
    await screenshot(second, 'editor-storage-read-only')
    expect(await runAxe(second)).toEqual([])
    await second.locator('.react-flow__node-scene', { hasText: 'The bus stop' }).click()
    await second.getByText('Playing from “The bus stop”.').waitFor()
    await second.locator('.play-panel .scene-header-title').getByText('The bus stop').waitFor({ timeout: 20_000 })

    await first.getByLabel('Story title').fill('Edited in the first tab')
    await first.getByText('Saved in this browser').waitFor()
    await second.getByRole('heading', { name: 'Edited in the first tab', level: 1 }).waitFor({ timeout: 5000 })

    await first.close({ runBeforeUnload: true })
    await second.getByText('This story is open for editing in another tab or window.', { exact: false }).waitFor({ state: 'detached' })
    expect(await second.getByLabel('Story title').getAttribute('readonly')).toBeNull()
    expect(await second.getByRole('tab').allTextContents()).toEqual(['Scenes', 'Story map', 'Play'])
    await second.getByLabel('Story title').fill('Now edited in the second tab')
    await waitUntil(() => readStoredStory(second, sampleIds.myStreet), (s) => s?.title === 'Now edited in the second tab')
    await context.close()
  })

  test('A-F13: a broken record is listed as "can\'t open" with its raw data; the others still open', async () => {
    const { context, page, errors } = await openPage(browser)
    await openLibrary(page, baseUrl)
    await writeRawRecord(page, { id: 'story:junk', revision: 4, text: '{"format":"storysphere.story","schemaVersion":1,"story":{"title":{"en":"Lost one"}', updatedAt: Date.now() })
    await page.reload()
    const broken = page.locator('.broken-story-card')
    await broken.getByRole('heading', { name: 'Lost one' }).waitFor()
    await broken.getByText('Can’t open this story', { exact: false }).waitFor()
    const download = page.waitForEvent('download')
    await broken.getByRole('button', { name: 'Download raw data Lost one' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('story-junk-raw-data.txt')
    expect(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString())).toContain('"Lost one"')
    await screenshot(page, 'editor-storage-broken')
    expect(await page.locator('.story-card').count()).toBe(2)
    await page.getByRole('link', { name: 'Open My street' }).click()
    await page.getByRole('heading', { name: 'My street', level: 1 }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  test('A-F14: IndexedDB unavailable → a banner, and the library still works in memory (samples included)', async () => {
    const { context, page } = await openPage(browser)
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is switched off in this test', 'SecurityError')
      }
    })
    await page.goto(`${baseUrl}/`)
    await page.getByText('This browser can’t keep your work').waitFor()
    await page.getByText('Your stories are only in this page. They are gone when you close it.').waitFor()
    await page.locator('.story-card').nth(1).waitFor({ timeout: 30_000 })
    expect(await page.locator('.story-card').first().getByText('Only in this page, not saved').count()).toBe(1)
    await page.getByRole('button', { name: 'Rename My street' }).click()
    await page.getByLabel('Story title').fill('Kept in memory')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { name: 'Kept in memory' }).waitFor()
    await screenshot(page, 'editor-storage-memory')
    await context.close()
  })
})
