import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { runAxe } from './support/axe'
import { launchBrowser, openPage, screenshot } from './support/browser'
import { enableViewportBridge, waitForViewportPicture } from './support/editor-viewport'
import { openLibrary, waitUntil } from './support/editor-library'
import { hasStoredMedia, panoramaJpeg, readStoredStoryFile } from './support/editor-story'
import { sawProgressBar, watchForProgressBar } from './support/progress-watch'

/**
 * Issue #5, "a young person builds a 360 story": New story from their own photo, in real Chromium
 * with real IndexedDB. The dialog's file input works by keyboard and says what is wrong; the photo is
 * prepared with a progress bar, becomes a one-scene story and opens in the editor; a reload keeps it.
 */
describe('editor new story from a photo', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    ;({ page, errors } = await openPage(browser))
    await enableViewportBridge(page)
    await watchForProgressBar(page, '.photo-import-progress progress')
  })
  afterAll(async () => {
    await browser?.close()
  })

  const dialog = () => page.getByRole('dialog', { name: 'New story' })

  test('the dialog offers a photo or a blank start; a missing or wrong file is explained, nothing is made', async () => {
    await openLibrary(page, baseUrl)
    const cards = await page.locator('.story-card').count()
    await page.getByRole('button', { name: 'New story' }).click()
    await dialog().getByLabel('Your 360° photo').waitFor()
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editor-new-story-dialog')
    await dialog().getByRole('button', { name: 'Make the story with this photo' }).click()
    await dialog().getByRole('alert').getByText('Choose a photo first.').waitFor()
    await dialog().getByLabel('Your 360° photo').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo at all') })
    await dialog().getByRole('button', { name: 'Make the story with this photo' }).click()
    await dialog().getByRole('alert').getByText('“notes.txt” is not a photo this tool can read', { exact: false }).waitFor()
    expect(await dialog().getByLabel('Your 360° photo').getAttribute('aria-invalid')).toBe('true')
    await dialog().getByRole('button', { name: 'Cancel' }).click()
    expect(await page.locator('.story-card').count()).toBe(cards)
  })

  test('a 4096×2048 photo becomes a one-scene story that opens in the editor and survives a reload', async () => {
    await page.getByRole('button', { name: 'New story' }).click()
    // Keyboard: the file input is reachable with Tab and named by its label.
    let reached = false
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'file')
    }
    expect(reached).toBe(true)
    await dialog().getByLabel('Your 360° photo').setInputFiles({ name: 'our-yard.jpg', mimeType: 'image/jpeg', buffer: panoramaJpeg() })
    await dialog().getByRole('button', { name: 'Make the story with this photo' }).click()
    await page.getByRole('heading', { name: 'My story', level: 1 }).waitFor({ timeout: 30_000 })
    expect(await sawProgressBar(page)).toBe(true)
    const storyId = decodeURIComponent(page.url().split('#/story/')[1]!.split('/')[0]!)
    await page.getByRole('heading', { name: 'View of First place' }).waitFor()
    const thumbnail = page.getByRole('navigation', { name: 'Scenes' }).locator('img')
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => [img.src.slice(0, 5), img.naturalWidth])).toEqual(['blob:', 256])
    await waitForViewportPicture(page, 'images/our-yard') // the 360° view shows the stored photo
    await screenshot(page, 'editor-new-story-from-photo')

    const stored = (await readStoredStoryFile(page, storyId))!
    expect(stored.story.scenes).toHaveLength(1)
    const asset = stored.story.assets[0]!
    expect(asset).toMatchObject({ kind: 'panorama', path: 'images/our-yard.jpg', widthPx: 4096 })
    for (const sha256 of [asset.sha256, ...asset.derivatives!.map((copy) => copy.sha256)]) expect(await hasStoredMedia(page, sha256)).toBe(true)

    await page.getByLabel('Story title').fill('Our yard')
    await waitUntil(() => readStoredStoryFile(page, storyId), (s) => s?.story.title.en === 'Our yard')
    await page.reload()
    await page.getByRole('heading', { name: 'Our yard', level: 1 }).waitFor()
    await page.getByRole('heading', { name: 'View of First place' }).waitFor()
    await page.getByRole('link', { name: 'Back to your stories' }).click()
    const card = page.locator('.story-card').filter({ has: page.getByRole('heading', { name: 'Our yard', exact: true }) })
    await expect.poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256)
    expect(errors).toEqual([])
  })
})
