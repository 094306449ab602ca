import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { openLibrary, readStoredStory, sampleIds, storyUrl, waitUntil, writeRawRecord } from './support/editor-library'
import { readStoredStoryFile, sampleStory } from './support/editor-story'

/**
 * Never losing work, in real Chromium with real IndexedDB (reliability-a11y.md §A): autosave within
 * ~1 s and on pagehide (A-F19), storage full (A-P4, A-F4), a second tab read-only and "Edit here instead" (A-F10), a broken
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

  test('A-F10: a second tab on the same story is read-only (the whole scene editor shows, nothing changes), and can edit once the first closes', async () => {
    const { context, page: first } = await openPage(browser)
    await openLibrary(first, baseUrl)
    await first.goto(storyUrl(baseUrl, sampleIds.myStreet))
    await first.getByText('Saved in this browser').waitFor()
    const second = await context.newPage()
    await second.goto(storyUrl(baseUrl, sampleIds.myStreet))
    await second.getByText('Open in another tab').first().waitFor()
    await second.getByText('This story is open for editing in another tab or window.', { exact: false }).waitFor()
    expect(await second.getByLabel('Story title').getAttribute('readonly')).not.toBeNull()
    // A real scene editor, read-only: every scene and field shows; fields are read-only, no add/delete/move, no undo.
    expect(await second.getByRole('tab').allTextContents()).toEqual(['Scenes', 'Story map', 'Play'])
    const editor = second.locator('.scene-editor.is-read-only')
    await editor.waitFor()
    const scenes = second.getByRole('navigation', { name: 'Scenes' })
    expect(await scenes.locator('.scene-list-item-title').count()).toBe(sampleStory('my-street').scenes.length)
    await scenes.getByRole('button', { name: 'The bus stop', exact: true }).click()
    await second.getByRole('heading', { name: 'View of The bus stop' }).waitFor()
    const details = second.locator('.scene-editor-details')
    expect(await details.getByLabel('Title', { exact: true }).inputValue()).toBe('The bus stop')
    expect(await details.getByLabel('Title', { exact: true }).getAttribute('readonly')).not.toBeNull()
    expect(await editor.getByRole('button', { name: /^Nothing to undo|^Undo/ }).isDisabled()).toBe(true)
    for (const name of ['Add scene', 'Delete scene', 'Move up', 'Make start']) expect(await editor.getByRole('button', { name }).count()).toBe(0)
    const hotspots = await editor.locator('.hotspot-list-select').count()
    expect(hotspots).toBeGreaterThan(0)
    await editor.locator('.hotspot-list-select').first().click()
    await details.getByRole('heading', { name: /^Hotspot: / }).waitFor()
    expect(await details.getByLabel(/^Label/).getAttribute('readonly')).not.toBeNull()
    expect(await details.getByRole('button', { name: /^Delete hotspot/ }).count()).toBe(0)
    await screenshot(second, 'editor-storage-read-only')
    expect(await runAxe(second)).toEqual([])
    // The view only looks: no adding or setting the view here, and a click in the 360° view adds nothing.
    const looking = second.getByRole('group', { name: 'Looking' })
    for (const name of ['Add here', 'Set initial view here', 'Set north here']) expect(await looking.getByRole('button', { name }).count()).toBe(0)
    const before = await readStoredStoryFile(second, sampleIds.myStreet)
    const view = second.getByRole('application', { name: 'The 360° photo' })
    await view.scrollIntoViewIfNeeded()
    await view.click()
    expect(await editor.locator('.hotspot-list-select').count()).toBe(hotspots)
    expect(await readStoredStoryFile(second, sampleIds.myStreet)).toEqual(before)

    await first.getByLabel('Story title').fill('Edited in the first tab')
    await first.getByText('Saved in this browser').waitFor()
    await second.getByRole('heading', { name: 'Edited in the first tab', level: 1 }).waitFor({ timeout: 5000 })

    await first.close({ runBeforeUnload: true })
    await second.getByText('This story is open for editing in another tab or window.', { exact: false }).waitFor({ state: 'detached' })
    expect(await second.getByLabel('Story title').getAttribute('readonly')).toBeNull()
    expect(await second.locator('.scene-editor.is-read-only').count()).toBe(0)
    await second.getByLabel('Story title').fill('Now edited in the second tab')
    await waitUntil(() => readStoredStory(second, sampleIds.myStreet), (s) => s?.title === 'Now edited in the second tab')
    await context.close()
  })

  test('A-F10 "Edit here instead": the read-only tab takes over; the first saves its pending edit first, then only looks', async () => {
    const { context, page: first, errors } = await openPage(browser)
    await openLibrary(first, baseUrl)
    await first.goto(storyUrl(baseUrl, sampleIds.harbour))
    await first.getByText('Saved in this browser').waitFor()
    const second = await context.newPage()
    await second.goto(storyUrl(baseUrl, sampleIds.harbour))
    const takeOver = second.getByRole('button', { name: 'Edit here instead' })
    await takeOver.waitFor()
    const before = (await readStoredStory(second, sampleIds.harbour))!

    // Typed in the first tab, and "Edit here instead" pressed at once, well inside the 1 s autosave wait.
    await first.getByLabel('Story title').fill('Typed just before the take-over')
    await takeOver.focus()
    await second.keyboard.press('Enter')
    await second.getByText('This story is open for editing in another tab or window.', { exact: false }).waitFor({ state: 'detached' })
    expect(await second.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab')
    expect(await readStoredStory(second, sampleIds.harbour)).toEqual({ revision: before.revision + 1, title: 'Typed just before the take-over' })
    expect(await second.getByLabel('Story title').inputValue()).toBe('Typed just before the take-over')
    expect(await second.getByLabel('Story title').getAttribute('readonly')).toBeNull()

    // The first tab says what happened, and now only looks.
    await first.getByRole('alert').getByText('Now edited in another tab').waitFor()
    await first.getByText('Everything you did here was saved first.', { exact: false }).waitFor()
    expect(await first.getByLabel('Story title').getAttribute('readonly')).not.toBeNull()
    await first.locator('.scene-editor.is-read-only').waitFor()
    await screenshot(first, 'editor-storage-moved-away')
    expect(await runAxe(first)).toEqual([])

    await second.getByLabel('Story title').fill('Edited in the second tab')
    await waitUntil(() => readStoredStory(second, sampleIds.harbour), (s) => s?.title === 'Edited in the second tab')
    await first.getByRole('heading', { name: 'Edited in the second tab', level: 1 }).waitFor({ timeout: 5000 })

    // And back: the first tab takes it again with its own button.
    await first.getByRole('button', { name: 'Edit here instead' }).click()
    await second.getByRole('alert').getByText('Now edited in another tab').waitFor()
    // The first tab gets the lock once the second has let it go: a moment later, not in the same instant.
    await expect.poll(() => first.getByLabel('Story title').getAttribute('readonly')).toBeNull()
    expect(errors).toEqual([])
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
